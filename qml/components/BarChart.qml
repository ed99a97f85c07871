// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtGraphs
import Lianes.Core
import Lianes.Ui

/// Bars of a figure (Qt Graphs), each with its number written at its end. Horizontal by default: the
/// category names are then written in a column of their own beside the bars, whole (Qt Graphs gives its
/// axis labels a fixed narrow width), and the bars carry their numbers, so no axis is drawn.
RowLayout {
    id: root

    required property FigureListModel figure
    property bool horizontal: true
    property color barColor: Theme.primary

    // Qt Graphs 6.8 keeps room for its axes even when they are hidden: 60 px on the left (labels 40,
    // margin 5, tickers 15) and 40 px at the bottom (labels 25, tickers 15). Horizontal bars draw no
    // axis, so negative margins give that room back and the bars line up with the names.
    readonly property int hiddenAxisWidth: 60
    readonly property int hiddenAxisHeight: 40

    spacing: Theme.spacing
    Accessible.role: Accessible.Chart
    Accessible.name: root.figure.title

    // Category names, one band per bar, aligned on the plot area (same top and bottom margins).
    Column {
        id: names
        Layout.fillHeight: true
        Layout.preferredWidth: Math.round(root.width * 0.38)
        visible: root.horizontal
        topPadding: graph.marginTop
        Repeater {
            model: root.figure.labels
            delegate: Item {
                id: name
                required property string modelData
                required property int index
                readonly property string detail: root.figure.details[index] ?? ""
                // The detail (a date, a place) when the band has room for a second line.
                readonly property bool showDetail: detail !== "" && height >= 2.7 * Theme.fontSmall
                width: names.width
                height: (names.height - graph.marginTop - graph.marginBottom - root.hiddenAxisHeight)
                        / Math.max(1, root.figure.labels.length)
                Column {
                    anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter }
                    Text {
                        width: parent.width
                        text: name.modelData
                        horizontalAlignment: Text.AlignRight
                        wrapMode: Text.Wrap
                        maximumLineCount: !name.showDetail && name.height >= 2.8 * Theme.fontSmall ? 2 : 1
                        elide: Text.ElideRight
                        font.pixelSize: Theme.fontSmall
                        color: Theme.text
                    }
                    Text {
                        width: parent.width
                        visible: name.showDetail
                        text: name.detail
                        horizontalAlignment: Text.AlignRight
                        elide: Text.ElideRight
                        font.pixelSize: Math.round(Theme.fontSmall * 0.85)
                        color: Theme.textMuted
                    }
                }
            }
        }
    }

    GraphsView {
        id: graph
        Layout.fillWidth: true
        Layout.fillHeight: true
        orientation: root.horizontal ? Qt.Horizontal : Qt.Vertical
        marginLeft: root.horizontal ? -root.hiddenAxisWidth : Theme.spacing
        marginRight: Theme.spacing * 5
        marginTop: Theme.spacing * (root.horizontal ? 1 : 3)
        marginBottom: root.horizontal ? Theme.spacing - root.hiddenAxisHeight : Theme.spacing
        theme: ChartTheme {}

        axisX: BarCategoryAxis {
            categories: root.figure.labels
            visible: !root.horizontal
            gridVisible: false
            lineVisible: false
        }
        axisY: ValueAxis {
            min: 0
            max: root.figure.axisMaximum
            tickInterval: root.figure.axisMaximum / 5
            labelFormat: "%.0f"
            visible: !root.horizontal
            lineVisible: false
            subGridVisible: false
        }

        BarSeries {
            barWidth: 0.7
            labelsVisible: true
            labelsPosition: BarSeries.LabelsPosition.OutsideEnd
            labelsFormat: "@value"
            labelsPrecision: 0
            labelsMargin: Theme.spacing / 2
            BarSet {
                label: root.figure.title
                values: root.figure.values
                color: root.barColor
                labelColor: Theme.text
            }
        }
    }
}
