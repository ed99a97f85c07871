// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtGraphs
import Lianes.Ui

/// The look of every observatory chart: light, the app's colours and type sizes, quiet grid.
GraphsTheme {
    colorScheme: GraphsTheme.ColorScheme.Light
    theme: GraphsTheme.Theme.UserDefined
    seriesColors: ["#1b6e4f", "#2c5aa0", "#c4511b", "#6b4a9a", "#8a6d00", "#0f7c8c", "#a4262c", "#5b6660"]
    borderColors: ["#ffffff"]
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
    grid.mainColor: "#e4e1d8"
    grid.subColor: "transparent"
    axisX.mainColor: Theme.border
    axisX.labelTextColor: Theme.text
    axisY.mainColor: Theme.border
    axisY.labelTextColor: Theme.text
}
