// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Lianes.Core
import Lianes.Ui

/// Observatoire (staff, under Équipe): the network's figures for a year computed from the data, as
/// charts with the table behind each, the maps by département and by country, and the exports that go
/// into the annual report (PNG of what is shown, PDF report).
Item {
    id: root

    /// Section shown: 0 actors, 1 projects, 2 meetings, 3 trainings and registrations.
    property int section: 0
    readonly property var sectionNames: ["observatoire-acteurs", "observatoire-projets", "observatoire-reunions",
        "observatoire-formations"]
    readonly property bool wide: width >= 1100

    signal closeRequested

    /// Shows the section named like a sub-page ("observatoire-reunions"); "observatoire" keeps the current one.
    function showSection(name: string): bool {
        if (name === "observatoire")
            return true;
        const index = root.sectionNames.indexOf(name);
        if (index < 0)
            return false;
        root.section = index;
        return true;
    }
    function exportPng(): void {
        dashboard.grabToImage(result => Observatory.exportPng(result.image));
    }
    function exportPdf(): void {
        dashboard.grabToImage(result => Observatory.exportPdf(result.image));
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    ColumnLayout {
        anchors { fill: parent; margins: Theme.margin }
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            TouchButton {
                text: qsTr("‹ Équipe")
                Accessible.name: qsTr("Retour à l'espace équipe")
                onClicked: root.closeRequested()
            }
            PageHeader {
                Layout.fillWidth: true
                title: qsTr("Observatoire")
                subtitle: qsTr("Les chiffres du réseau, calculés à partir des données de cet appareil")
            }
            TouchButton {
                text: "◀"
                enabled: Observatory.hasPreviousYear
                Accessible.name: qsTr("Année précédente")
                onClicked: Observatory.showPreviousYear()
            }
            Text {
                Layout.minimumWidth: Math.round(150 * Theme.scale)
                horizontalAlignment: Text.AlignHCenter
                text: Observatory.periodLabel
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
            }
            TouchButton {
                text: "▶"
                enabled: Observatory.hasNextYear
                Accessible.name: qsTr("Année suivante")
                onClicked: Observatory.showNextYear()
            }
            TouchButton {
                text: qsTr("Toutes les années")
                primary: Observatory.allYears
                onClicked: Observatory.allYears = !Observatory.allYears
            }
            TouchButton {
                text: qsTr("Image PNG")
                Accessible.name: qsTr("Enregistrer le tableau de bord en image PNG")
                onClicked: root.exportPng()
            }
            TouchButton {
                text: qsTr("Rapport PDF")
                Accessible.name: qsTr("Enregistrer le rapport PDF de l'observatoire")
                onClicked: root.exportPdf()
            }
        }

        // What the exports grab: the key figures and the section shown.
        Rectangle {
            id: dashboard
            Layout.fillWidth: true
            Layout.fillHeight: true
            color: Theme.background

            ColumnLayout {
                anchors.fill: parent
                spacing: Theme.spacing

                RowLayout {
                    Layout.fillWidth: true
                    Layout.fillHeight: false
                    spacing: Theme.spacing
                    Repeater {
                        model: Observatory.summary
                        delegate: Rectangle {
                            id: tile
                            required property string valueLabel
                            required property string label
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            Layout.preferredWidth: 100
                            implicitHeight: tileColumn.implicitHeight + Theme.spacing * 2
                            radius: Theme.radius
                            color: Theme.primaryLight
                            Accessible.role: Accessible.StaticText
                            Accessible.name: tile.valueLabel + " " + tile.label
                            ColumnLayout {
                                id: tileColumn
                                anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing }
                                spacing: 0
                                Text {
                                    text: tile.valueLabel
                                    font.pixelSize: Theme.fontTitle
                                    font.bold: true
                                    color: Theme.primaryDark
                                }
                                Text {
                                    Layout.fillWidth: true
                                    text: tile.label
                                    font.pixelSize: Theme.fontSmall
                                    color: Theme.text
                                    wrapMode: Text.Wrap
                                    maximumLineCount: 2
                                    elide: Text.ElideRight
                                }
                            }
                        }
                    }
                }

                RowLayout {
                    spacing: Theme.spacing
                    Repeater {
                        model: [qsTr("Acteurs"), qsTr("Projets"), qsTr("Réunions"), qsTr("Formations et inscriptions")]
                        delegate: TouchButton {
                            required property string modelData
                            required property int index
                            text: modelData
                            primary: root.section === index
                            Accessible.name: qsTr("Section %1").arg(modelData)
                            onClicked: root.section = index
                        }
                    }
                }

                StackLayout {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    currentIndex: root.section

                    GridLayout {
                        columns: root.wide ? 3 : 2
                        columnSpacing: Theme.spacing
                        rowSpacing: Theme.spacing
                        ChartCard {
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            Layout.preferredWidth: 100
                            figure: Observatory.actorsByType
                            chart: BarChart {
                                figure: Observatory.actorsByType
                            }
                        }
                        ChoroplethCard {
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            Layout.preferredWidth: 100
                            title: qsTr("Par département")
                            figures: Observatory.departements
                        }
                        ChartCard {
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            Layout.preferredWidth: 100
                            figure: Observatory.actorsByFamily
                            chart: DonutChart {
                                figure: Observatory.actorsByFamily
                                totalLabel: qsTr("acteurs")
                            }
                        }
                    }

                    // The world map gets a wide card: where the partners are reads across.
                    GridLayout {
                        columns: 3
                        columnSpacing: Theme.spacing
                        rowSpacing: Theme.spacing
                        ChartCard {
                            Layout.rowSpan: 2
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            Layout.preferredWidth: 100
                            figure: Observatory.projectsByTheme
                            chart: BarChart {
                                figure: Observatory.projectsByTheme
                                barColor: Theme.seriesColors[1]
                            }
                        }
                        ChoroplethCard {
                            Layout.columnSpan: 2
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            Layout.preferredWidth: 200
                            Layout.preferredHeight: 100
                            title: qsTr("Carte des pays partenaires")
                            figures: Observatory.countries
                        }
                        ChartCard {
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            Layout.preferredWidth: 100
                            Layout.preferredHeight: 100
                            figure: Observatory.projectsByKind
                            chart: DonutChart {
                                figure: Observatory.projectsByKind
                                totalLabel: qsTr("projets")
                            }
                        }
                        ChartCard {
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            Layout.preferredWidth: 100
                            Layout.preferredHeight: 100
                            figure: Observatory.projectsByCountry
                            chart: BarChart {
                                figure: Observatory.projectsByCountry
                                barColor: Theme.seriesColors[5]
                            }
                        }
                    }

                    GridLayout {
                        columns: 2
                        columnSpacing: Theme.spacing
                        rowSpacing: Theme.spacing
                        ChartCard {
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            Layout.preferredWidth: 100
                            Layout.preferredHeight: 100
                            figure: Observatory.meetingsByMonth
                            chart: LineChart {
                                figure: Observatory.meetingsByMonth
                            }
                        }
                        ChartCard {
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            Layout.preferredWidth: 100
                            Layout.preferredHeight: 100
                            figure: Observatory.mostAttended
                            chart: BarChart {
                                figure: Observatory.mostAttended
                                barColor: Theme.seriesColors[2]
                            }
                        }
                        ChartCard {
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            Layout.preferredWidth: 100
                            Layout.preferredHeight: 100
                            figure: Observatory.meetingsByStaff
                            chart: BarChart {
                                figure: Observatory.meetingsByStaff
                                horizontal: false
                            }
                        }
                        ChartCard {
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            Layout.preferredWidth: 100
                            Layout.preferredHeight: 100
                            figure: Observatory.meetingsByPlace
                            chart: DonutChart {
                                figure: Observatory.meetingsByPlace
                                totalLabel: qsTr("réunions")
                            }
                        }
                    }

                    GridLayout {
                        columns: 2
                        columnSpacing: Theme.spacing
                        rowSpacing: Theme.spacing
                        ChartCard {
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            Layout.preferredWidth: 100
                            figure: Observatory.trainings
                            chart: BarChart {
                                figure: Observatory.trainings
                            }
                        }
                        ChartCard {
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            Layout.preferredWidth: 100
                            figure: Observatory.registrations
                            chart: BarChart {
                                figure: Observatory.registrations
                                barColor: Theme.seriesColors[3]
                            }
                        }
                    }
                }
            }
        }

        Text {
            Layout.fillWidth: true
            visible: text !== ""
            text: Observatory.exportMessage
            font.pixelSize: Theme.fontSmall
            color: Theme.primaryDark
            elide: Text.ElideMiddle
        }
    }
}
