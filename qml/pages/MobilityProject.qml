// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Lianes.Core
import Lianes.Ui

/// "Mon projet": the Coop Lab path in five steps (one per kit), a checklist per step, progress that
/// moves as items are ticked. Saved on a phone or tablet; on a kiosk, kept in memory only.
ColumnLayout {
    id: root

    property int stepIndex: 0
    property string message

    spacing: Theme.spacing

    /// A thin progress bar with its label.
    component Bar: Rectangle {
        id: bar
        required property int percent
        implicitHeight: Math.round(10 * Theme.scale)
        radius: height / 2
        color: Theme.divider
        Rectangle {
            width: parent.width * bar.percent / 100
            height: parent.height
            radius: parent.radius
            color: Theme.primary
        }
    }

    // Projects
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Repeater {
            model: Mobility.projects
            delegate: TouchButton {
                required property int projectId
                required property string title
                required property string progressLabel
                text: qsTr("%1 · %2").arg(title).arg(progressLabel)
                primary: Mobility.currentProject === projectId
                onClicked: Mobility.selectProject(projectId)
            }
        }
        TouchButton {
            text: qsTr("+ Nouveau projet")
            onClicked: Mobility.createProject("")
        }
    }

    Text {
        Layout.fillWidth: true
        visible: !Mobility.savesProjects
        text: qsTr("Sur la borne, rien n'est enregistré : ton projet s'efface quand tu pars.")
        font.pixelSize: Theme.fontSmall
        color: Theme.warning
        wrapMode: Text.Wrap
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.margin
        Text {
            Layout.fillWidth: true
            elide: Text.ElideRight
            text: qsTr("Avancement : %1").arg(Mobility.steps.overallLabel)
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.text
        }
        Bar {
            Layout.preferredWidth: Math.round(root.width / 4)
            percent: Mobility.steps.overallPercent
        }
        TouchButton {
            visible: Mobility.savesProjects && Mobility.currentProject > 0
            text: qsTr("Résumé PDF")
            onClicked: {
                const path = Mobility.exportSummary("");
                root.message = path.length > 0 ? qsTr("Résumé enregistré : %1").arg(path) : qsTr("Le résumé n'a pas pu être enregistré.");
            }
        }
    }
    Text {
        Layout.fillWidth: true
        visible: root.message.length > 0
        text: root.message
        font.pixelSize: Theme.fontSmall
        color: Theme.textMuted
        wrapMode: Text.WrapAnywhere
    }

    // The five steps
    GridLayout {
        Layout.fillWidth: true
        columns: App.mobile ? 3 : 5
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing
        Repeater {
            model: Mobility.steps
            delegate: TouchButton {
                required property int index
                required property int number
                required property int percent
                Layout.fillWidth: true
                text: qsTr("%1. %2 %").arg(number).arg(percent)
                primary: root.stepIndex === index
                Accessible.name: qsTr("Étape %1, %2 % fait").arg(number).arg(percent)
                onClicked: root.stepIndex = index
            }
        }
    }

    // The current step
    QQC2.ScrollView {
        Layout.fillWidth: true
        Layout.fillHeight: true
        contentWidth: availableWidth
        clip: true

        Repeater {
            model: Mobility.steps
            delegate: ColumnLayout {
                id: step
                required property int index
                required property int number
                required property string title
                required property string purpose
                required property var items
                required property var tips
                required property var programmes
                required property int percent
                required property string progressLabel
                visible: root.stepIndex === step.index
                width: parent ? parent.width : 0
                spacing: Theme.spacing

                Text {
                    objectName: "stepTitle"
                    Layout.fillWidth: true
                    text: qsTr("Étape %1 : %2").arg(step.number).arg(step.title)
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.primaryDark
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                Text {
                    Layout.fillWidth: true
                    text: step.purpose
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                RowLayout {
                    Layout.fillWidth: true
                    Bar {
                        Layout.fillWidth: true
                        percent: step.percent
                    }
                    Text {
                        text: step.progressLabel
                        font.pixelSize: Theme.fontBody
                        color: Theme.textMuted
                    }
                }
                Repeater {
                    model: step.items
                    delegate: QQC2.AbstractButton {
                        id: check
                        required property var modelData
                        Layout.fillWidth: true
                        implicitHeight: Math.max(Theme.touchTarget, checkLabel.implicitHeight + Theme.spacing)
                        checkable: false
                        Accessible.role: Accessible.CheckBox
                        Accessible.name: check.modelData.label
                        Accessible.checked: check.modelData.done
                        onClicked: Mobility.setItemDone(check.modelData.key, !check.modelData.done)
                        contentItem: RowLayout {
                            spacing: Theme.spacing
                            Rectangle {
                                Layout.preferredWidth: Math.round(Theme.touchTarget * 0.6)
                                Layout.preferredHeight: Layout.preferredWidth
                                radius: Math.round(4 * Theme.scale)
                                color: check.modelData.done ? Theme.primary : Theme.surface
                                border.color: Theme.primary
                                border.width: Math.max(1, Math.round(2 * Theme.scale))
                                Text {
                                    anchors.centerIn: parent
                                    visible: check.modelData.done
                                    text: "✓"
                                    color: Theme.textOnPrimary
                                    font.pixelSize: Theme.fontLarge
                                    font.bold: true
                                }
                            }
                            Text {
                                id: checkLabel
                                Layout.fillWidth: true
                                text: check.modelData.label
                                font.pixelSize: Theme.fontBody
                                color: Theme.text
                                wrapMode: Text.Wrap
                            }
                        }
                    }
                }
                Text {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                    text: qsTr("Conseils")
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    color: Theme.text
                }
                Repeater {
                    model: step.tips
                    delegate: Text {
                        required property string modelData
                        Layout.fillWidth: true
                        text: "• " + modelData
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                }
                Text {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                    visible: step.programmes.length > 0
                    text: qsTr("Programmes à regarder : %1").arg(step.programmes.map(p => p.name).join(", "))
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                Text {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                    text: qsTr("Formations et webinaires mobilité")
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    color: Theme.text
                }
                Repeater {
                    model: Mobility.mobilityEvents
                    delegate: Text {
                        required property var modelData
                        Layout.fillWidth: true
                        text: qsTr("%1 — %2 (%3)").arg(modelData.dateLabel).arg(modelData.title).arg(modelData.kindLabel)
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                }
                Text {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                    text: qsTr("Qui peut t'accompagner : voir « Qui peut m'aider ? » (%n structure(s))", "", Mobility.helpers.count)
                    font.pixelSize: Theme.fontBody
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
