// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Lianes.Core
import Lianes.Ui

/// One figure of the observatory on a card: its title, the chart, and one tap away the table behind it.
FigureCardFrame {
    id: root

    required property FigureListModel figure
    title: root.figure.title
    property string note: root.figure.note
    /// The chart (BarChart, DonutChart, LineChart, a map) shown unless the table is asked for.
    property Component chart
    /// The table; by default the figure's rows.
    property Component table: FigureTable {
        figure: root.figure
    }
    figureLabel: qsTr("Graphique")
    tableLabel: qsTr("Tableau")
    showFigureName: qsTr("Afficher le graphique : %1").arg(root.title)
    showTableName: qsTr("Afficher le tableau : %1").arg(root.title)

    Loader {
        Layout.fillWidth: true
        Layout.fillHeight: true
        sourceComponent: root.figure.empty ? emptyText : root.showTable ? root.table : root.chart
    }
    Text {
        Layout.fillWidth: true
        visible: text !== ""
        text: root.note
        wrapMode: Text.Wrap
        maximumLineCount: 2
        elide: Text.ElideRight
        font.pixelSize: Math.round(Theme.fontSmall * 0.9)
        color: Theme.textMuted
    }

    Component {
        id: emptyText
        Text {
            text: qsTr("Aucune donnée sur la période.")
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
        }
    }
}
