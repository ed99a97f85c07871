// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Lianes.Core
import Lianes.Ui

/// The table behind a chart: one row per category with every measure, and a thin bar for the first.
ListView {
    id: root

    required property FigureListModel figure
    readonly property int cellWidth: Math.round(110 * Theme.scale)

    model: root.figure
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    Accessible.role: Accessible.Table
    Accessible.name: root.figure.title
    QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

    headerPositioning: ListView.OverlayHeader
    header: Rectangle {
        width: root.width
        height: headerRow.implicitHeight + Theme.spacing
        color: Theme.surface
        z: 2
        RowLayout {
            id: headerRow
            anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter }
            spacing: Theme.spacing
            Text {
                Layout.fillWidth: true
                text: root.figure.labelTitle
                font.pixelSize: Theme.fontSmall
                font.bold: true
                color: Theme.textMuted
                elide: Text.ElideRight
            }
            Repeater {
                model: root.figure.columnTitles
                delegate: Text {
                    required property string modelData
                    Layout.preferredWidth: root.cellWidth
                    text: modelData
                    horizontalAlignment: Text.AlignRight
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    color: Theme.textMuted
                    elide: Text.ElideRight
                }
            }
        }
        Rectangle {
            anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
            height: 1
            color: Theme.divider
        }
    }

    delegate: Item {
        id: row
        required property string label
        required property string detail
        required property var cells
        required property real fraction
        width: ListView.view.width
        height: Math.max(Math.round(40 * Theme.scale), rowLayout.implicitHeight + Theme.spacing)
        Accessible.role: Accessible.Row
        Accessible.name: row.label + " : " + row.cells.join(", ")

        RowLayout {
            id: rowLayout
            anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter }
            spacing: Theme.spacing
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Text {
                    Layout.fillWidth: true
                    text: row.label
                    font.pixelSize: Theme.fontSmall
                    color: Theme.text
                    elide: Text.ElideRight
                }
                Text {
                    Layout.fillWidth: true
                    visible: row.detail !== ""
                    text: row.detail
                    font.pixelSize: Math.round(Theme.fontSmall * 0.85)
                    color: Theme.textMuted
                    elide: Text.ElideRight
                }
            }
            Rectangle {
                Layout.preferredWidth: Math.round(80 * Theme.scale)
                Layout.preferredHeight: Math.round(10 * Theme.scale)
                color: Theme.primaryLight
                Rectangle {
                    width: parent.width * row.fraction
                    height: parent.height
                    color: Theme.primary
                }
            }
            Repeater {
                model: row.cells
                delegate: Text {
                    required property string modelData
                    Layout.preferredWidth: root.cellWidth
                    text: modelData
                    horizontalAlignment: Text.AlignRight
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    color: Theme.text
                }
            }
        }
        Rectangle {
            anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
            height: 1
            color: Theme.divider
        }
    }
}
