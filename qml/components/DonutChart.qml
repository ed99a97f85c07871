// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtGraphs
import Lianes.Core
import Lianes.Ui

/// A figure as a donut (Qt Graphs PieSeries with a hole): each slice carries its number, the total sits
/// in the middle, and a legend beside it (under it on a narrow card) names each slice with its number
/// and share.
GridLayout {
    id: root

    required property FigureListModel figure
    /// Written under the total, e.g. "réunions".
    property string totalLabel

    /// Rebuilds the slices from the figure (PieSeries has no list binding).
    function rebuild(): void {
        pie.clear();
        const values = root.figure.values;
        const labels = root.figure.valueLabels;
        const colors = chartTheme.seriesColors;
        for (let i = 0; i < values.length; ++i) {
            const slice = pie.append(labels[i], values[i]);
            slice.color = colors[i % colors.length];
            slice.borderColor = "white";
            slice.borderWidth = 2;
            // A number fits in a slice of at least 1/25 of the whole; the legend has them all.
            slice.labelVisible = values[i] >= pie.sum / 25;
            slice.labelPosition = PieSlice.LabelPosition.InsideHorizontal;
            slice.labelColor = "white";
            slice.labelFont.pixelSize = Theme.fontSmall;
            slice.labelFont.bold = true;
        }
    }

    columns: width >= 44 * Theme.fontSmall ? 2 : 1
    columnSpacing: Theme.spacing
    rowSpacing: Theme.spacing
    Accessible.role: Accessible.Chart
    Accessible.name: root.figure.title
    Component.onCompleted: root.rebuild()

    Connections {
        target: root.figure
        function onChanged(): void {
            root.rebuild();
        }
    }

    Item {
        id: ring
        // Room inside the hole, for the total to stay off the slices.
        readonly property real hole: Math.min(width, height) * pie.pieSize * pie.holeSize
        Layout.fillHeight: true
        Layout.preferredWidth: root.columns === 2 ? root.width * 0.55 - root.columnSpacing : root.width

        GraphsView {
            anchors.fill: parent
            marginLeft: 0
            marginRight: 0
            marginTop: 0
            marginBottom: 0
            theme: ChartTheme {
                id: chartTheme
            }
            PieSeries {
                id: pie
                holeSize: 0.5
                pieSize: 0.95
            }
        }
        Column {
            anchors.centerIn: parent
            Text {
                anchors.horizontalCenter: parent.horizontalCenter
                text: root.figure.total
                font.pixelSize: Math.min(Theme.fontTitle, ring.hole * 0.32)
                font.bold: true
                color: Theme.primaryDark
            }
            Text {
                anchors.horizontalCenter: parent.horizontalCenter
                visible: ring.hole >= 5 * Theme.fontSmall
                text: root.totalLabel
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
        }
    }

    ColumnLayout {
        Layout.preferredWidth: root.columns === 2 ? root.width * 0.45 : root.width
        Layout.alignment: Qt.AlignVCenter
        Layout.bottomMargin: root.columns === 1 ? Theme.spacing : 0
        spacing: Math.round(Theme.spacing * 0.75)
        Repeater {
            model: root.figure.labels
            delegate: RowLayout {
                id: entry
                required property string modelData
                required property int index
                Layout.fillWidth: true
                spacing: Theme.spacing
                Rectangle {
                    implicitWidth: Math.round(16 * Theme.scale)
                    implicitHeight: implicitWidth
                    radius: 3
                    color: chartTheme.seriesColors[entry.index % chartTheme.seriesColors.length]
                }
                Text {
                    Layout.fillWidth: true
                    text: entry.modelData
                    font.pixelSize: Theme.fontSmall
                    color: Theme.text
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
                Text {
                    text: root.figure.valueLabels[entry.index] ?? ""
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    color: Theme.text
                }
                Text {
                    Layout.preferredWidth: Math.round(44 * Theme.scale)
                    horizontalAlignment: Text.AlignRight
                    text: root.figure.shareLabels[entry.index] ?? ""
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                }
            }
        }
    }
}
