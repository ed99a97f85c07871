// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtGraphs
import Lianes.Core
import Lianes.Ui

/// A figure over time as a line (Qt Graphs LineSeries): one point per category (a month), its number
/// written above it.
GraphsView {
    id: root

    required property FigureListModel figure

    /// Rebuilds the points: point i sits in the middle of category i.
    function rebuild(): void {
        line.clear();
        const values = root.figure.values;
        for (let i = 0; i < values.length; ++i)
            line.append(i + 0.5, values[i]);
    }

    marginLeft: Theme.spacing
    marginRight: Theme.spacing * 2
    marginTop: Theme.spacing * 3
    marginBottom: Theme.spacing
    theme: ChartTheme {}
    Accessible.role: Accessible.Chart
    Accessible.name: root.figure.title
    Component.onCompleted: root.rebuild()

    Connections {
        target: root.figure
        function onChanged(): void {
            root.rebuild();
        }
    }

    axisX: BarCategoryAxis {
        categories: root.figure.labels
        gridVisible: false
    }
    axisY: ValueAxis {
        min: 0
        max: root.figure.axisMaximum
        tickInterval: root.figure.axisMaximum / 5
        labelFormat: "%.0f"
        lineVisible: false
        subGridVisible: false
    }

    LineSeries {
        id: line
        color: Theme.primary
        width: Math.max(2, Math.round(3 * Theme.scale))
        pointDelegate: Item {
            id: marker
            property real pointValueY
            width: Math.round(14 * Theme.scale)
            height: width
            Rectangle {
                anchors.fill: parent
                radius: width / 2
                color: Theme.primary
                border.color: "white"
                border.width: 2
            }
            Text {
                anchors.horizontalCenter: parent.horizontalCenter
                anchors.bottom: parent.top
                anchors.bottomMargin: 2
                text: Math.round(marker.pointValueY)
                font.pixelSize: Theme.fontSmall
                font.bold: true
                color: Theme.text
            }
        }
    }
}
