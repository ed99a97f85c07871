// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import Lianes.Ui

/// Choices to tap rather than type: one chip per {code, label}; the chosen one is filled. With a noneLabel,
/// a first chip stands for "no choice" (code "").
Flow {
    id: root

    /// [{code, label}]
    property var choices: []
    property string current: ""
    property string noneLabel: ""
    /// Read by screen readers before each chip's label ("Type d'événement : Webinaire").
    property string accessibleGroup: ""
    property bool compact: false
    signal chosen(string code)

    spacing: Theme.spacing

    Repeater {
        model: (root.noneLabel.length > 0 ? [{ code: "", label: root.noneLabel }] : []).concat(root.choices)
        delegate: QQC2.AbstractButton {
            id: chip
            required property var modelData
            readonly property bool selected: root.current === chip.modelData.code
            implicitHeight: root.compact ? Math.round(Theme.touchTarget * 0.75) : Theme.touchTarget
            implicitWidth: label.implicitWidth + 2 * Theme.margin
            text: chip.modelData.label
            checkable: true
            checked: chip.selected
            Accessible.role: Accessible.RadioButton
            Accessible.name: root.accessibleGroup.length > 0 ? root.accessibleGroup + " : " + chip.modelData.label : chip.modelData.label
            Accessible.checked: chip.selected
            onClicked: root.chosen(chip.modelData.code)
            background: Rectangle {
                radius: height / 2
                color: chip.selected ? Theme.primary : (chip.pressed ? Theme.primaryLight : Theme.surface)
                border.color: chip.selected ? Theme.primary : Theme.border
                border.width: Math.max(1, Math.round(2 * Theme.scale))
            }
            contentItem: Text {
                id: label
                text: (chip.selected ? "\u2713 " : "") + chip.text
                font.pixelSize: root.compact ? Theme.fontSmall : Theme.fontBody
                font.bold: chip.selected
                color: chip.selected ? Theme.textOnPrimary : Theme.text
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
        }
    }
}
