// SPDX-FileCopyrightText: 2026 Lianes coopération
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Dialogs
import QtQuick.Layouts
import Lianes.Core
import Lianes.Ui

/// Données (staff, under Équipe): import with a preview and the mapping of unknown columns,
/// exports for Excel and the network's tools, and the complete copy to a USB stick.
Item {
    id: root

    /// Asks the parent page to come back to its main view.
    signal back()

    readonly property bool wide: width > height

    component SectionTitle: Text {
        Layout.fillWidth: true
        font.pixelSize: Theme.fontLarge
        font.bold: true
        color: Theme.primaryDark
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    component Help: Text {
        Layout.fillWidth: true
        font.pixelSize: Theme.fontBody
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }
    component Count: Rectangle {
        id: count
        required property string label
        required property int value
        required property color tint
        implicitWidth: countText.implicitWidth + 2 * Theme.margin
        implicitHeight: Theme.touchTarget
        radius: Theme.radius
        color: Theme.surface
        border.color: count.tint
        border.width: 2
        Accessible.role: Accessible.StaticText
        Accessible.name: countText.text
        Text {
            id: countText
            anchors.centerIn: parent
            text: qsTr("%1 : %2").arg(count.label).arg(count.value)
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: count.tint
        }
    }

    FileDialog {
        id: fileDialog
        title: qsTr("Fichier à importer")
        nameFilters: [qsTr("CSV ou export JSON (*.csv *.txt *.json)"), qsTr("Tous les fichiers (*)")]
        onAccepted: DataIo.previewFile(selectedFile)
    }
    FolderDialog {
        id: folderDialog
        title: qsTr("Dossier où enregistrer (clé USB)")
        onAccepted: DataIo.setExportFolder(selectedFolder)
    }

    ColumnLayout {
        anchors { fill: parent; margins: Theme.margin }
        spacing: Theme.margin

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.margin
            TouchButton {
                text: qsTr("Retour")
                onClicked: root.back()
            }
            PageHeader {
                Layout.fillWidth: true
                title: qsTr("Importer, exporter, sauvegarder")
                subtitle: qsTr("Les acteurs et projets venus du CRM ou d'Excel ; les copies pour la clé USB.")
            }
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: root.wide ? 2 : 1
            columnSpacing: Theme.margin * 2
            rowSpacing: Theme.margin

            // Import
            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 3
                spacing: Theme.spacing

                SectionTitle { text: qsTr("Importer des acteurs ou des projets") }
                Help {
                    text: qsTr("Un fichier CSV tel qu'Excel ou le CRM l'enregistrent, ou un export JSON de Lianes. "
                               + "Rien n'est écrit avant « Appliquer » ; l'import se fait alors d'un bloc.")
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.margin
                    TouchButton {
                        primary: !DataIo.hasPreview
                        text: DataIo.hasPreview ? qsTr("Choisir un autre fichier…") : qsTr("Choisir un fichier…")
                        onClicked: fileDialog.open()
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        visible: DataIo.hasPreview
                        Text {
                            Layout.fillWidth: true
                            text: DataIo.fileName
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            color: Theme.text
                            elide: Text.ElideMiddle
                        }
                        Text {
                            Layout.fillWidth: true
                            text: DataIo.fileSummary
                            font.pixelSize: Theme.fontSmall
                            color: Theme.textMuted
                            elide: Text.ElideRight
                        }
                    }
                }
                Text {
                    Layout.fillWidth: true
                    visible: DataIo.fileError.length > 0
                    text: qsTr("Fichier refusé : %1").arg(DataIo.fileError)
                    font.pixelSize: Theme.fontBody
                    color: Theme.danger
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    visible: DataIo.hasPreview && DataIo.fileError.length === 0
                    Count { label: qsTr("À ajouter"); value: DataIo.toAdd; tint: Theme.primary }
                    Count { label: qsTr("À mettre à jour"); value: DataIo.toUpdate; tint: Theme.familyColors[1] }
                    Count { label: qsTr("Inchangés"); value: DataIo.unchanged; tint: Theme.textMuted }
                    Count { label: qsTr("Rejetés"); value: DataIo.rejected; tint: Theme.danger }
                }

                // The mapping step: what the unknown columns hold.
                Help {
                    visible: DataIo.columnChoices.length > 0
                    text: qsTr("Colonnes non reconnues : dites ce qu'elles contiennent, ou ignorez-les.")
                    color: Theme.warning
                }
                Repeater {
                    model: DataIo.columnChoices
                    delegate: RowLayout {
                        id: choice
                        required property var modelData
                        readonly property string column: modelData.column
                        Layout.fillWidth: true
                        spacing: Theme.margin
                        Text {
                            Layout.preferredWidth: Math.round(260 * Theme.scale)
                            text: qsTr("« %1 »").arg(choice.column)
                            font.pixelSize: Theme.fontBody
                            color: Theme.text
                            elide: Text.ElideRight
                        }
                        QQC2.ComboBox {
                            Layout.fillWidth: true
                            Layout.preferredHeight: Theme.touchTarget
                            font.pixelSize: Theme.fontBody
                            model: DataIo.fields
                            textRole: "label"
                            valueRole: "key"
                            displayText: currentIndex < 0 ? qsTr("Choisir…") : currentText
                            // count: re-evaluated once the model is set.
                            currentIndex: count > 0 ? indexOfValue(choice.modelData.key) : -1
                            Accessible.name: qsTr("Contenu de la colonne %1").arg(choice.column)
                            onActivated: DataIo.mapColumn(choice.column, currentValue)
                        }
                    }
                }

                ListView {
                    id: rows
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.minimumHeight: Theme.touchTarget * 3
                    clip: true
                    spacing: Math.round(Theme.spacing / 2)
                    model: DataIo.preview
                    delegate: Rectangle {
                        id: row
                        required property string where
                        required property string status
                        required property string statusLabel
                        required property string label
                        required property string column
                        required property string detail
                        readonly property color tint: status === "rejected" ? Theme.danger
                                                    : status === "updated" ? Theme.familyColors[1] : Theme.primary
                        width: ListView.view.width
                        implicitHeight: Math.max(Theme.touchTarget, rowContent.implicitHeight + Theme.spacing * 2)
                        radius: Theme.radius
                        color: Theme.surface
                        border.color: Theme.divider
                        Accessible.role: Accessible.ListItem
                        Accessible.name: qsTr("%1, %2 : %3").arg(row.where).arg(row.statusLabel).arg(row.label)
                        RowLayout {
                            id: rowContent
                            anchors { fill: parent; leftMargin: Theme.margin; rightMargin: Theme.margin }
                            spacing: Theme.margin
                            Rectangle {
                                Layout.preferredWidth: Math.round(170 * Theme.scale)
                                Layout.preferredHeight: statusText.implicitHeight + Theme.spacing
                                radius: height / 2
                                color: row.tint
                                Text {
                                    id: statusText
                                    anchors.centerIn: parent
                                    text: row.statusLabel
                                    font.pixelSize: Theme.fontSmall
                                    font.bold: true
                                    color: Theme.textOnPrimary
                                }
                            }
                            ColumnLayout {
                                Layout.fillWidth: true
                                spacing: 0
                                Text {
                                    Layout.fillWidth: true
                                    text: qsTr("%1 · %2").arg(row.where).arg(row.label)
                                    font.pixelSize: Theme.fontBody
                                    color: Theme.text
                                    elide: Text.ElideRight
                                }
                                Text {
                                    Layout.fillWidth: true
                                    visible: row.detail.length > 0
                                    text: row.column.length > 0 ? qsTr("Colonne « %1 » : %2").arg(row.column).arg(row.detail) : row.detail
                                    font.pixelSize: Theme.fontSmall
                                    color: row.status === "rejected" ? Theme.danger : Theme.textMuted
                                    wrapMode: Text.Wrap
                                }
                            }
                        }
                    }
                    Text {
                        anchors.centerIn: parent
                        width: parent.width
                        horizontalAlignment: Text.AlignHCenter
                        visible: rows.count === 0
                        text: DataIo.hasPreview && DataIo.fileError.length === 0
                              ? qsTr("Toutes les lignes sont déjà à jour.")
                              : qsTr("Choisissez un fichier : son aperçu s'affichera ici.")
                        font.pixelSize: Theme.fontBody
                        color: Theme.textMuted
                        wrapMode: Text.Wrap
                    }
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.margin
                    visible: DataIo.hasPreview
                    TouchButton {
                        primary: true
                        enabled: DataIo.canApply
                        text: qsTr("Appliquer l'import")
                        onClicked: DataIo.apply(false)
                    }
                    TouchButton {
                        visible: DataIo.canApplyOthers
                        text: qsTr("Importer sans les %n lignes rejetées", "", DataIo.rejected)
                        onClicked: DataIo.apply(true)
                    }
                    TouchButton {
                        text: qsTr("Annuler")
                        onClicked: DataIo.clear()
                    }
                }
            }

            // Exports and backup
            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: root.wide
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: 2
                spacing: Theme.spacing

                SectionTitle { text: qsTr("Sauvegarder sur une clé USB") }
                Help { text: qsTr("Branchez la clé, choisissez son dossier, puis ce qu'il faut y enregistrer.") }
                TouchButton {
                    Layout.fillWidth: true
                    text: DataIo.exportFolder.length > 0 ? qsTr("Dossier : %1").arg(DataIo.exportFolder)
                                                         : qsTr("Choisir le dossier…")
                    onClicked: folderDialog.open()
                }
                TouchButton {
                    Layout.fillWidth: true
                    primary: true
                    enabled: DataIo.exportFolder.length > 0
                    text: qsTr("Copie complète de la base")
                    onClicked: DataIo.backup()
                }
                TouchButton {
                    Layout.fillWidth: true
                    enabled: DataIo.exportFolder.length > 0
                    text: qsTr("Tout exporter en JSON")
                    onClicked: DataIo.exportJson()
                }
                TouchButton {
                    Layout.fillWidth: true
                    text: qsTr("Vérifier la base de données")
                    Accessible.description: qsTr("Vérifie chaque page et chaque index de la base, et reconstruit un index désaccordé.")
                    onClicked: DataIo.checkDatabase()
                }
                SectionTitle {
                    Layout.topMargin: Theme.margin
                    text: qsTr("Tableaux pour Excel")
                }
                GridLayout {
                    Layout.fillWidth: true
                    columns: 2
                    columnSpacing: Theme.spacing
                    rowSpacing: Theme.spacing
                    Repeater {
                        model: [
                            { entity: "acteurs", label: qsTr("Acteurs") },
                            { entity: "projets", label: qsTr("Projets") },
                            { entity: "evenements", label: qsTr("Événements") },
                            { entity: "reunions", label: qsTr("Réunions") }
                        ]
                        delegate: TouchButton {
                            required property var modelData
                            Layout.fillWidth: true
                            enabled: DataIo.exportFolder.length > 0
                            text: modelData.label
                            onClicked: DataIo.exportCsv(modelData.entity)
                        }
                    }
                }
                Text {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.margin
                    visible: DataIo.message.length > 0
                    text: DataIo.message
                    font.pixelSize: Theme.fontBody
                    color: DataIo.messageIsError ? Theme.danger : Theme.primaryDark
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
                Item {
                    Layout.fillHeight: true
                    visible: root.wide
                }
            }
        }
    }
}
