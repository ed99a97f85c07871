// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Lianes.Core
import Lianes.Ui

/// Search as you type: communes, actors, projects. A commune centres the map and sorts the list
/// around it; an actor or a project opens its sheet.
ColumnLayout {
    id: root

    spacing: Theme.spacing

    QQC2.TextField {
        id: field
        objectName: "mapSearch"
        // The panel's focus goes to it: MapPage gives its loader (a focus scope) the focus.
        focus: true
        Layout.fillWidth: true
        implicitHeight: Theme.touchTarget
        font.pixelSize: Theme.fontLarge
        placeholderText: qsTr("Une commune, un acteur, un projet…")
        inputMethodHints: Qt.ImhNoPredictiveText
        maximumLength: 200
        text: MapService.search.query
        onTextEdited: MapService.search.query = field.text
        Accessible.role: Accessible.EditableText
        Accessible.name: qsTr("Rechercher")
        background: Rectangle {
            radius: Theme.radius
            color: Theme.surface
            border.color: field.activeFocus ? Theme.primary : Theme.border
            border.width: Math.max(2, Math.round(2 * Theme.scale))
        }
    }

    ListView {
        id: results
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        model: MapService.search
        spacing: Math.round(Theme.spacing / 2)
        section.property: "section"
        section.delegate: Text {
            required property string section
            width: ListView.view.width
            topPadding: Theme.spacing
            text: section
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.primaryDark
        }
        delegate: Rectangle {
            id: row
            required property int index
            required property string label
            required property string detail
            width: ListView.view.width
            implicitHeight: Math.max(Theme.touchTarget, content.implicitHeight + Theme.spacing * 2)
            radius: Theme.radius
            color: tap.pressed ? Theme.primaryLight : Theme.surface
            border.color: Theme.divider
            Accessible.role: Accessible.Button
            Accessible.name: row.label + ", " + row.detail
            TapHandler {
                id: tap
                onTapped: MapService.chooseSearchResult(row.index)
            }
            ColumnLayout {
                id: content
                anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.margin }
                spacing: 0
                Text {
                    Layout.fillWidth: true
                    text: row.label
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.text
                    elide: Text.ElideRight
                }
                Text {
                    Layout.fillWidth: true
                    text: row.detail
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                    elide: Text.ElideRight
                }
            }
        }
        Text {
            anchors.centerIn: parent
            width: parent.width
            visible: results.count === 0
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: field.text.trim().length > 0 ? qsTr("Rien trouvé pour « %1 ».").arg(field.text.trim())
                                               : qsTr("Tapez le début d'un nom : « amiens », « st omer », « coop »…")
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
        }
    }
}
