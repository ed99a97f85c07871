// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtLocation
import QtPositioning
import Lianes.Core
import Lianes.Ui

/// A choropleth on a card: its own offline Map (plugin itemsoverlay, no network), the areas shaded by
/// count with their numbers and a legend; for the départements a switch between actors and projects;
/// the table of areas one tap away.
FigureCardFrame {
    id: root

    required property ChoroplethModel figures
    /// The view to fit: the five départements, or where the partner countries are.
    property geoShape view: root.figures.layer === "world"
        ? QtPositioning.rectangle(QtPositioning.coordinate(62, -95), QtPositioning.coordinate(-38, 75))
        : QtPositioning.rectangle(QtPositioning.coordinate(51.1, 1.4), QtPositioning.coordinate(48.8, 4.3))
    /// Offers the actors / projects switch (the world view counts projects only).
    property bool measureSwitch: root.figures.layer === "departements"
    figureLabel: qsTr("Carte")
    tableLabel: qsTr("Tableau")
    showFigureName: qsTr("Afficher la carte : %1").arg(root.title)
    showTableName: qsTr("Afficher le tableau : %1").arg(root.title)

    headerButtons: [
        TouchButton {
            visible: root.measureSwitch
            primary: root.figures.measure === ChoroplethModel.Measure.Actors
            text: qsTr("Acteurs")
            Accessible.name: qsTr("Colorer par nombre d'acteurs")
            onClicked: root.figures.measure = ChoroplethModel.Measure.Actors
        },
        TouchButton {
            visible: root.measureSwitch
            primary: root.figures.measure === ChoroplethModel.Measure.Projects
            text: qsTr("Projets")
            Accessible.name: qsTr("Colorer par nombre de projets")
            onClicked: root.figures.measure = ChoroplethModel.Measure.Projects
        }
    ]

    RowLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        spacing: Theme.spacing

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true

            Map {
                id: map
                anchors.fill: parent
                visible: !root.showTable
                plugin: Plugin {
                    name: "itemsoverlay"
                }
                color: Theme.sea
                copyrightsVisible: false
                minimumZoomLevel: 0
                maximumZoomLevel: 12
                Accessible.role: Accessible.Graphic
                Accessible.name: root.title
                onWidthChanged: fitTimer.restart()
                onHeightChanged: fitTimer.restart()
                Component.onCompleted: fitTimer.restart()

                MapItemView {
                    model: BasemapModel {
                        layer: root.figures.layer === "world" ? "" : "neighbours"
                    }
                    delegate: MapPolygon {
                        required property var shape
                        required property string kind
                        geoShape: shape
                        autoFadeIn: false
                        visible: kind !== "region"
                        color: Theme.neighbour
                        border.color: Theme.landOutline
                        border.width: 1
                    }
                }
                ChoroplethLayer {
                    figures: root.figures
                }
                ChoroplethLabels {
                    figures: root.figures
                    showNames: root.figures.layer !== "world"
                }
            }
            Timer {
                id: fitTimer
                interval: 0
                onTriggered: if (map.width > 0 && map.height > 0) map.fitViewportToGeoShape(root.view, 0)
            }
            ListView {
                anchors.fill: parent
                visible: root.showTable
                model: root.figures
                clip: true
                Accessible.role: Accessible.Table
                Accessible.name: root.title
                delegate: RowLayout {
                    id: area
                    required property string name
                    required property string valueLabel
                    required property color color
                    width: ListView.view.width
                    height: Math.round(40 * Theme.scale)
                    spacing: Theme.spacing
                    Accessible.role: Accessible.Row
                    Accessible.name: area.name + " : " + area.valueLabel
                    Rectangle {
                        implicitWidth: Math.round(24 * Theme.scale)
                        implicitHeight: Math.round(16 * Theme.scale)
                        color: area.color
                        border.color: Theme.border
                    }
                    Text {
                        Layout.fillWidth: true
                        text: area.name
                        font.pixelSize: Theme.fontSmall
                        color: Theme.text
                        elide: Text.ElideRight
                    }
                    Text {
                        text: area.valueLabel
                        font.pixelSize: Theme.fontSmall
                        font.bold: true
                        color: Theme.text
                    }
                }
            }
        }
        // Beside the map, not on it: no area is hidden under the legend.
        ChoroplethLegend {
            Layout.alignment: Qt.AlignBottom
            visible: !root.showTable
            figures: root.figures
        }
    }
}
