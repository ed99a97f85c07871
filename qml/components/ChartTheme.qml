// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtGraphs
import Lianes.Ui

/// The look of every observatory chart: light, the app's colours and type sizes, quiet grid.
GraphsTheme {
    colorScheme: GraphsTheme.ColorScheme.Light
    theme: GraphsTheme.Theme.UserDefined
    seriesColors: Theme.seriesColors
    borderColors: [Theme.surface]
    borderWidth: 2
    backgroundVisible: false
    plotAreaBackgroundVisible: false
    labelTextColor: Theme.text
    labelBackgroundVisible: false
    labelBorderVisible: false
    labelFont.pixelSize: Theme.fontSmall
    labelFont.family: "DejaVu Sans"
    axisXLabelFont.pixelSize: Theme.fontSmall
    axisXLabelFont.family: "DejaVu Sans"
    axisYLabelFont.pixelSize: Theme.fontSmall
    axisYLabelFont.family: "DejaVu Sans"
    grid.mainColor: Theme.neighbour
    grid.subColor: "transparent"
    axisX.mainColor: Theme.border
    axisX.labelTextColor: Theme.text
    axisY.mainColor: Theme.border
    axisY.labelTextColor: Theme.text
}
