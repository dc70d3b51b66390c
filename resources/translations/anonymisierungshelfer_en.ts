<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name>CategoriesSection</name>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="104"/>
        <source>Kategorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="104"/>
        <source>Maskieren</source>
        <translation>Mask</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="104"/>
        <source>Verfahren</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="110"/>
        <source>Kategorien und Verfahren</source>
        <translation>Categories and methods</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="116"/>
        <source>{0} maskieren</source>
        <translation>Mask {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="121"/>
        <source>Verfahren für {0}</source>
        <translation>Method for {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="128"/>
        <source>Welche Kategorien maskiert werden und wie:</source>
        <translation>Which categories are masked, and how:</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <location filename="../../desktop/categories.py" line="28"/>
        <source>Person</source>
        <extracomment>Source (German) labels; translated at display time through the &quot;Category&quot; context.</extracomment>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../desktop/categories.py" line="29"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/categories.py" line="30"/>
        <source>Geburtsdatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../desktop/categories.py" line="31"/>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/categories.py" line="32"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/categories.py" line="33"/>
        <source>Webadresse</source>
        <translation>Web address</translation>
    </message>
    <message>
        <location filename="../../desktop/categories.py" line="34"/>
        <source>IP-Adresse</source>
        <translation>IP address</translation>
    </message>
    <message>
        <location filename="../../desktop/categories.py" line="35"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../../desktop/categories.py" line="36"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location filename="../../desktop/categories.py" line="37"/>
        <source>Kreditkarte</source>
        <translation>Credit card</translation>
    </message>
    <message>
        <location filename="../../desktop/categories.py" line="38"/>
        <source>Steuer-ID</source>
        <translation>Tax ID</translation>
    </message>
    <message>
        <location filename="../../desktop/categories.py" line="39"/>
        <source>Steuernummer</source>
        <translation>Tax number</translation>
    </message>
    <message>
        <location filename="../../desktop/categories.py" line="40"/>
        <source>USt-IdNr.</source>
        <translation>VAT ID</translation>
    </message>
    <message>
        <location filename="../../desktop/categories.py" line="41"/>
        <source>Handelsregisternummer</source>
        <translation>Commercial register number</translation>
    </message>
    <message>
        <location filename="../../desktop/categories.py" line="42"/>
        <source>Rentenversicherungsnummer</source>
        <translation>Pension insurance number</translation>
    </message>
    <message>
        <location filename="../../desktop/categories.py" line="43"/>
        <source>Krankenversichertennummer</source>
        <translation>Health insurance number</translation>
    </message>
    <message>
        <location filename="../../desktop/categories.py" line="44"/>
        <source>Arztnummer (LANR)</source>
        <translation>Physician number (LANR)</translation>
    </message>
    <message>
        <location filename="../../desktop/categories.py" line="45"/>
        <source>Betriebsstättennummer (BSNR)</source>
        <translation>Practice number (BSNR)</translation>
    </message>
    <message>
        <location filename="../../desktop/categories.py" line="46"/>
        <source>Ausweisnummer</source>
        <translation>ID document number</translation>
    </message>
    <message>
        <location filename="../../desktop/categories.py" line="47"/>
        <source>Führerscheinnummer</source>
        <translation>Driving licence number</translation>
    </message>
    <message>
        <location filename="../../desktop/categories.py" line="48"/>
        <source>Kfz-Kennzeichen</source>
        <translation>Licence plate</translation>
    </message>
    <message>
        <location filename="../../desktop/categories.py" line="49"/>
        <source>Aktenzeichen/Nummer</source>
        <translation>Reference/number</translation>
    </message>
    <message>
        <location filename="../../desktop/categories.py" line="50"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/categories.py" line="51"/>
        <source>Ort</source>
        <translation>Place</translation>
    </message>
</context>
<context>
    <name>CategoryShort</name>
    <message>
        <location filename="../../desktop/categories.py" line="56"/>
        <source>Person</source>
        <extracomment>Short labels for the margin beside the text (the full label is in its tooltip and the findings list).</extracomment>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../desktop/categories.py" line="57"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/categories.py" line="58"/>
        <source>Geb.-Dat.</source>
        <translation>DOB</translation>
    </message>
    <message>
        <location filename="../../desktop/categories.py" line="59"/>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/categories.py" line="60"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/categories.py" line="61"/>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location filename="../../desktop/categories.py" line="62"/>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <location filename="../../desktop/categories.py" line="63"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../../desktop/categories.py" line="64"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location filename="../../desktop/categories.py" line="65"/>
        <source>Karte</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../desktop/categories.py" line="66"/>
        <source>St.-ID</source>
        <translation>Tax ID</translation>
    </message>
    <message>
        <location filename="../../desktop/categories.py" line="67"/>
        <source>St.-Nr.</source>
        <translation>Tax no.</translation>
    </message>
    <message>
        <location filename="../../desktop/categories.py" line="68"/>
        <source>RV-Nr.</source>
        <translation>Pension</translation>
    </message>
    <message>
        <location filename="../../desktop/categories.py" line="69"/>
        <source>KV-Nr.</source>
        <translation>Health</translation>
    </message>
    <message>
        <location filename="../../desktop/categories.py" line="70"/>
        <source>Ausweis</source>
        <translation>ID doc.</translation>
    </message>
    <message>
        <location filename="../../desktop/categories.py" line="71"/>
        <source>Kfz</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../desktop/categories.py" line="72"/>
        <source>Az./Nr.</source>
        <translation>Ref./no.</translation>
    </message>
    <message>
        <location filename="../../desktop/categories.py" line="73"/>
        <source>USt-ID</source>
        <translation>VAT ID</translation>
    </message>
    <message>
        <location filename="../../desktop/categories.py" line="74"/>
        <source>HR-Nr.</source>
        <translation>Reg. no.</translation>
    </message>
    <message>
        <location filename="../../desktop/categories.py" line="75"/>
        <source>LANR</source>
        <translation>LANR</translation>
    </message>
    <message>
        <location filename="../../desktop/categories.py" line="76"/>
        <source>BSNR</source>
        <translation>BSNR</translation>
    </message>
    <message>
        <location filename="../../desktop/categories.py" line="77"/>
        <source>FS-Nr.</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../desktop/categories.py" line="78"/>
        <source>Org.</source>
        <translation>Org.</translation>
    </message>
    <message>
        <location filename="../../desktop/categories.py" line="79"/>
        <source>Ort</source>
        <translation>Place</translation>
    </message>
</context>
<context>
    <name>EngineController</name>
    <message>
        <location filename="../../desktop/window/engine_controller.py" line="43"/>
        <source>Sprachmodell wird geladen …</source>
        <extracomment>Why the engine could not be loaded (German), shown in the status line; empty once it is ready.</extracomment>
        <translation>Loading language model …</translation>
    </message>
    <message>
        <location filename="../../desktop/window/engine_controller.py" line="95"/>
        <source>Richtlinie wird neu geladen …</source>
        <translation>Reloading the policy …</translation>
    </message>
    <message>
        <location filename="../../desktop/window/engine_controller.py" line="121"/>
        <source>Der Richtlinien-Editor kann nicht gestartet werden.</source>
        <translation>The policy editor cannot be started.</translation>
    </message>
</context>
<context>
    <name>ExceptHook</name>
    <message>
        <location filename="../../desktop/excepthook.py" line="37"/>
        <source>Unerwarteter Fehler</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../desktop/excepthook.py" line="39"/>
        <source>Ein unerwarteter Fehler ist aufgetreten. Ihr Text ist nicht betroffen. Der Bericht unten enthält keinen Text aus Ihrem Dokument.</source>
        <translation>An unexpected error occurred. Your text is not affected. The report below contains no text from your document.</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <location filename="../../desktop/window/file_controller.py" line="40"/>
        <source>Einen neuen Text beginnen und den aktuellen verwerfen?</source>
        <translation>Start a new text and discard the current one?</translation>
    </message>
    <message>
        <location filename="../../desktop/window/file_controller.py" line="48"/>
        <source>Die Zwischenablage enthält keinen Text.</source>
        <translation>The clipboard contains no text.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/file_controller.py" line="52"/>
        <source>Den aktuellen Text durch den Inhalt der Zwischenablage ersetzen?</source>
        <translation>Replace the current text with the clipboard?</translation>
    </message>
    <message>
        <location filename="../../desktop/window/file_controller.py" line="58"/>
        <source>Datei öffnen</source>
        <translation>Open file</translation>
    </message>
    <message>
        <location filename="../../desktop/window/file_controller.py" line="60"/>
        <source>Dokumente (*.txt *.docx *.odt *.pdf *.eml *.msg);;Alle Dateien (*)</source>
        <translation>Documents (*.txt *.docx *.odt *.pdf *.eml *.msg);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/file_controller.py" line="67"/>
        <source>„%1“ öffnen und den aktuellen Text verwerfen?</source>
        <translation>Open “%1” and discard the current text?</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../desktop/widgets/find_bar.py" line="56"/>
        <source>&amp;Suchen:</source>
        <translation>Fin&amp;d:</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/find_bar.py" line="57"/>
        <source>Wort oder Wortgruppe (ganze Wörter)</source>
        <translation>Word or phrase (whole words)</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/find_bar.py" line="58"/>
        <source>Zu&amp;rück</source>
        <translation>Previo&amp;us</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/find_bar.py" line="59"/>
        <source>&amp;Weiter</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/find_bar.py" line="60"/>
        <source>Alle &amp;Treffer maskieren …</source>
        <translation>Mask &amp;all hits …</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/find_bar.py" line="61"/>
        <source>Schli&amp;eßen</source>
        <translation>Clo&amp;se</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/find_bar.py" line="63"/>
        <source>Suchen im Original</source>
        <translation>Find in the original</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/find_bar.py" line="63"/>
        <source>Findet ganze Wörter, ohne Groß-/Kleinschreibung.</source>
        <translation>Finds whole words, ignoring case.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/find_bar.py" line="64"/>
        <source>Anzahl der Treffer</source>
        <translation>Number of hits</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/find_bar.py" line="64"/>
        <source>Wie oft der Suchbegriff im Text steht.</source>
        <translation>How often the search term occurs in the text.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/find_bar.py" line="65"/>
        <source>Vorheriger Treffer</source>
        <translation>Previous hit</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/find_bar.py" line="65"/>
        <source>Springt zum vorherigen Treffer.</source>
        <translation>Goes to the previous hit.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/find_bar.py" line="66"/>
        <source>Nächster Treffer</source>
        <translation>Next hit</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/find_bar.py" line="66"/>
        <source>Springt zum nächsten Treffer (Eingabetaste).</source>
        <translation>Goes to the next hit (Enter).</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/find_bar.py" line="69"/>
        <source>Alle Treffer maskieren</source>
        <translation>Mask all hits</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/find_bar.py" line="70"/>
        <source>Maskiert jeden Treffer mit einer Kategorie, die Sie wählen.</source>
        <translation>Masks every hit with a category you choose.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/find_bar.py" line="72"/>
        <source>Suche schließen</source>
        <translation>Close search</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/find_bar.py" line="72"/>
        <source>Schließt die Suchleiste (Esc).</source>
        <translation>Closes the search bar (Esc).</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/find_bar.py" line="105"/>
        <source>1 Treffer</source>
        <translation>1 hit</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/find_bar.py" line="107"/>
        <source>%1 Treffer</source>
        <translation>%1 hits</translation>
    </message>
</context>
<context>
    <name>FindingsList</name>
    <message>
        <location filename="../../desktop/widgets/findings_list.py" line="142"/>
        <source>Fundstelle</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/findings_list.py" line="143"/>
        <source>Fundstellen</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/findings_list.py" line="142"/>
        <source>Anzahl</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/findings_list.py" line="146"/>
        <source>Fundstellen nach Kategorie; angehakt heißt: wird maskiert. Leertaste oder Entf schaltet um, auf einer Kategorie die ganze Kategorie. Eingabetaste springt zur Fundstelle im Text.</source>
        <translation>Findings by category; ticked means: will be masked. Space or Del toggles, on a category the whole category. Enter goes to the finding in the text.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/findings_list.py" line="207"/>
        <source>%1 Vorkommen im Text</source>
        <translation>%1 occurrences in the text</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/findings_list.py" line="212"/>
        <source>%1 Vorkommen</source>
        <translation>%1 occurrences</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/findings_list.py" line="228"/>
        <source>maskiert (von Hand)</source>
        <translation>masked (manually)</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/findings_list.py" line="229"/>
        <source>maskiert</source>
        <translation>masked</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/findings_list.py" line="229"/>
        <source>sichtbar</source>
        <translation>visible</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/findings_list.py" line="232"/>
        <source>%1 von %2 maskiert</source>
        <translation>%1 of %2 masked</translation>
    </message>
</context>
<context>
    <name>FolderDialog</name>
    <message>
        <location filename="../../desktop/widgets/folder_dialog.py" line="207"/>
        <source>Ordner bereinigen</source>
        <translation>Clean a folder</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/folder_dialog.py" line="211"/>
        <source>Jede Datei des Ordners und seiner Unterordner wird in denselben Pfad im Ausgabeordner bereinigt, in einer Sitzung: dieselbe Person bekommt in jeder Datei denselben Platzhalter. Word bleibt Word; PDF- und E-Mail-Dateien werden als Text gespeichert (Name.pdf.txt). Namen in Datei- und Ordnernamen werden ebenfalls maskiert. Andere Dateien werden nur im Bericht aufgeführt, nie kopiert. Ein erneuter Start setzt fort, wo der letzte aufgehört hat.</source>
        <translation>Every file of the folder and its subfolders is cleaned into the same path in the output folder, in one session: the same person gets the same placeholder in every file. Word stays Word; PDF and e-mail files are saved as text (Name.pdf.txt). Names in file and folder names are masked as well. Other files are only listed in the report, never copied. Starting again continues where the last run stopped.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/folder_dialog.py" line="218"/>
        <source>&amp;Eingabeordner:</source>
        <translation>&amp;Input folder:</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/folder_dialog.py" line="219"/>
        <source>&amp;Ausgabeordner:</source>
        <translation>&amp;Output folder:</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/folder_dialog.py" line="220"/>
        <source>&amp;Durchsuchen …</source>
        <translation>&amp;Browse …</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/folder_dialog.py" line="221"/>
        <source>Du&amp;rchsuchen …</source>
        <translation>Bro&amp;wse …</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/folder_dialog.py" line="222"/>
        <source>Alle Dateien &amp;neu bereinigen (auch die schon fertigen)</source>
        <translation>Clean &amp;all files again (also the finished ones)</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/folder_dialog.py" line="223"/>
        <source>Bereinigung &amp;starten</source>
        <translation>&amp;Start cleaning</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/folder_dialog.py" line="224"/>
        <location filename="../../desktop/widgets/folder_dialog.py" line="228"/>
        <source>S&amp;chließen</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/folder_dialog.py" line="225"/>
        <source>Der Ordner wird bereinigt …</source>
        <translation>Cleaning the folder …</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/folder_dialog.py" line="226"/>
        <source>Abbre&amp;chen</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/folder_dialog.py" line="227"/>
        <source>Bericht &amp;speichern …</source>
        <translation>&amp;Save report …</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/folder_dialog.py" line="231"/>
        <source>Datei</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/folder_dialog.py" line="232"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/folder_dialog.py" line="233"/>
        <source>Fundstellen</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/folder_dialog.py" line="234"/>
        <source>Gespeichert als</source>
        <translation>Saved as</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/folder_dialog.py" line="235"/>
        <source>Meldung</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/folder_dialog.py" line="239"/>
        <source>Eingabeordner</source>
        <translation>Input folder</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/folder_dialog.py" line="239"/>
        <source>Der Ordner, dessen Dateien bereinigt werden.</source>
        <translation>The folder whose files are cleaned.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/folder_dialog.py" line="240"/>
        <source>Ausgabeordner</source>
        <translation>Output folder</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/folder_dialog.py" line="240"/>
        <source>Wohin die bereinigten Dateien geschrieben werden.</source>
        <translation>Where the cleaned files are written.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/folder_dialog.py" line="243"/>
        <location filename="../../desktop/widgets/folder_dialog.py" line="283"/>
        <source>Eingabeordner wählen</source>
        <translation>Choose input folder</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/folder_dialog.py" line="244"/>
        <source>Öffnet die Ordnerauswahl für den Eingabeordner.</source>
        <translation>Opens the folder chooser for the input folder.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/folder_dialog.py" line="248"/>
        <location filename="../../desktop/widgets/folder_dialog.py" line="283"/>
        <source>Ausgabeordner wählen</source>
        <translation>Choose output folder</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/folder_dialog.py" line="249"/>
        <source>Öffnet die Ordnerauswahl für den Ausgabeordner.</source>
        <translation>Opens the folder chooser for the output folder.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/folder_dialog.py" line="253"/>
        <source>Alle Dateien neu bereinigen</source>
        <translation>Clean all files again</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/folder_dialog.py" line="254"/>
        <source>Bereinigt auch die Dateien, die ein früherer Lauf schon fertig geschrieben hat.</source>
        <translation>Also cleans the files an earlier run has already finished.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/folder_dialog.py" line="256"/>
        <source>Bereinigung starten</source>
        <translation>Start cleaning</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/folder_dialog.py" line="256"/>
        <source>Bereinigt alle Dateien des Ordners.</source>
        <translation>Cleans every file of the folder.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/folder_dialog.py" line="257"/>
        <location filename="../../desktop/widgets/folder_dialog.py" line="270"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/folder_dialog.py" line="257"/>
        <source>Schließt den Dialog, ohne zu bereinigen.</source>
        <translation>Closes the dialog without cleaning.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/folder_dialog.py" line="258"/>
        <source>Fortschritt der Bereinigung</source>
        <translation>Cleaning progress</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/folder_dialog.py" line="258"/>
        <source>Wie weit die Bereinigung des Ordners ist.</source>
        <translation>How far the cleaning of the folder is.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/folder_dialog.py" line="259"/>
        <source>Bereinigung abbrechen</source>
        <translation>Cancel cleaning</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/folder_dialog.py" line="259"/>
        <source>Hält an; Fertiges bleibt erhalten.</source>
        <translation>Stops; what is finished is kept.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/folder_dialog.py" line="262"/>
        <source>Bericht</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/folder_dialog.py" line="263"/>
        <source>Eine Zeile je Datei: Status, Fundstellen, bereinigte Datei und Meldung.</source>
        <translation>One row per file: status, findings, cleaned file and message.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/folder_dialog.py" line="267"/>
        <location filename="../../desktop/widgets/folder_dialog.py" line="390"/>
        <source>Bericht speichern</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/folder_dialog.py" line="268"/>
        <source>Speichert den Bericht als CSV-Datei ohne personenbezogene Werte.</source>
        <translation>Saves the report as a CSV file without personal values.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/folder_dialog.py" line="270"/>
        <source>Schließt den Bericht.</source>
        <translation>Closes the report.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/folder_dialog.py" line="292"/>
        <source>-bereinigt</source>
        <translation>-cleaned</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/folder_dialog.py" line="301"/>
        <source>Bitte einen Eingabe- und einen Ausgabeordner angeben.</source>
        <translation>Please give an input and an output folder.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/folder_dialog.py" line="321"/>
        <source>Datei %1 von %2</source>
        <translation>File %1 of %2</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/folder_dialog.py" line="323"/>
        <source>noch ca. %1</source>
        <translation>about %1 left</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/folder_dialog.py" line="329"/>
        <source>Wird angehalten …</source>
        <translation>Stopping …</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/folder_dialog.py" line="348"/>
        <source>bereinigt</source>
        <translation>cleaned</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/folder_dialog.py" line="349"/>
        <source>übersprungen (schon fertig)</source>
        <translation>skipped (already finished)</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/folder_dialog.py" line="350"/>
        <source>nicht unterstützt</source>
        <translation>not supported</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/folder_dialog.py" line="351"/>
        <source>Fehler</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/folder_dialog.py" line="358"/>
        <source>%1 Dateien: %2 bereinigt, %3 übersprungen (schon fertig), %4 nicht unterstützt, %5 mit Fehler.</source>
        <translation>%1 files: %2 cleaned, %3 skipped (already finished), %4 not supported, %5 with errors.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/folder_dialog.py" line="366"/>
        <source>Abgebrochen; ein erneuter Start setzt fort.</source>
        <translation>Cancelled; starting again continues.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/folder_dialog.py" line="370"/>
        <source>Die Sitzung dieses Ordners ist jetzt die aktuelle Sitzung: Antworten zu diesen Dateien lassen sich unter „Antwort zurückübersetzen“ wiederherstellen.</source>
        <translation>This folder&apos;s session is now the current session: answers about these files can be restored under “Restore answer”.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/folder_dialog.py" line="390"/>
        <source>CSV-Dateien (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>GuidelineSection</name>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="214"/>
        <source>Leitlinientext</source>
        <translation>Guideline text</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="217"/>
        <source>Dieser Text erscheint in der Hilfe der App:</source>
        <translation>This text appears in the app&apos;s help:</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <location filename="../../desktop/widgets/help_page.py" line="121"/>
        <source>Hilfe</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/help_page.py" line="126"/>
        <source>Geben Sie keine personenbezogenen Daten in externe Chatbots ein.</source>
        <translation>Never enter personal data into external chatbots.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/help_page.py" line="127"/>
        <source>Prüfen Sie den bereinigten Text vor dem Kopieren sorgfältig – die Erkennung kann Fehler machen.</source>
        <translation>Check the cleaned text carefully before copying it – detection can make mistakes.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/help_page.py" line="128"/>
        <source>Maskieren Sie von Hand, was die Erkennung übersehen hat (Text markieren, Strg+M).</source>
        <translation>Mask by hand what detection missed (select the text, Ctrl+M).</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/help_page.py" line="129"/>
        <source>Prüfen Sie die Antwort des Chatbots kritisch, bevor Sie sie verwenden.</source>
        <translation>Check the chatbot&apos;s answer critically before you use it.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/help_page.py" line="109"/>
        <source>wird maskiert</source>
        <translation>will be masked</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/help_page.py" line="111"/>
        <source>nur angezeigt (Richtlinie)</source>
        <translation>shown only (policy)</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/help_page.py" line="116"/>
        <source>Kategorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/help_page.py" line="116"/>
        <source>am Rand</source>
        <translation>in the margin</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/help_page.py" line="116"/>
        <source>laut Richtlinie</source>
        <translation>by the policy</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/help_page.py" line="123"/>
        <source>Die wichtigsten Regeln der Leitlinie, die Farben der Kategorien und die Tastenkürzel.</source>
        <translation>The guideline&apos;s key rules, the colours of the categories and the keyboard shortcuts.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/help_page.py" line="131"/>
        <source>Die Zuordnung der Platzhalter bleibt auf diesem Rechner (verschlüsselt, so lange die Richtlinie es erlaubt); „Sitzung beenden“ löscht sie.</source>
        <translation>The placeholder table stays on this computer (encrypted, as long as the policy allows); “End session” deletes it.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/help_page.py" line="136"/>
        <source>Text einfügen (überall im Fenster)</source>
        <translation>Paste text (anywhere in the window)</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/help_page.py" line="137"/>
        <source>Datei öffnen</source>
        <translation>Open file</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/help_page.py" line="138"/>
        <source>Neuer Text (fragt, wenn die Prüfung sonst verloren ginge)</source>
        <translation>New text (asks when your review would be lost)</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/help_page.py" line="139"/>
        <source>Markierten Text maskieren</source>
        <translation>Mask selected text</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/help_page.py" line="140"/>
        <source>Im Text suchen; „Alle Treffer maskieren“</source>
        <translation>Find in the text; “Mask all hits”</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/help_page.py" line="141"/>
        <source>Nächste / vorherige Fundstelle</source>
        <translation>Next / previous finding</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/help_page.py" line="144"/>
        <source>In der Liste: Fundstelle umschalten (auf einer Kategorie: alle ihre Fundstellen)</source>
        <translation>In the list: toggle the finding (on a category: all its findings)</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/help_page.py" line="146"/>
        <source>Eingabetaste</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/help_page.py" line="146"/>
        <source>In der Liste: zur Fundstelle im Text springen</source>
        <translation>In the list: go to the finding in the text</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/help_page.py" line="149"/>
        <source>Letzte Prüfentscheidung rückgängig / wiederholen (sonst die letzte Änderung am Text)</source>
        <translation>Undo / redo the last review decision (otherwise the last change to the text)</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/help_page.py" line="151"/>
        <source>Bereinigten Text kopieren</source>
        <translation>Copy cleaned text</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/help_page.py" line="152"/>
        <source>Bereinigtes Dokument speichern</source>
        <translation>Save cleaned document</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/help_page.py" line="159"/>
        <source>Am linken Rand steht zu jeder Fundstelle ihre Kategorie; Klammern heißen sichtbar. Ein Klick darauf schaltet die Fundstelle um; ein Klick in den Text setzt nur die Schreibmarke.</source>
        <translation>The left margin names the category of every finding; brackets mean visible. A click on it toggles the finding; a click into the text only places the cursor.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/help_page.py" line="162"/>
        <source>In der Liste heißt ein Haken: wird maskiert.</source>
        <translation>In the list a tick means: will be masked.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/help_page.py" line="143"/>
        <source>Leertaste/Entf</source>
        <translation>Space/Del</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/help_page.py" line="153"/>
        <source>Text prüfen / Antwort zurückübersetzen / Hilfe</source>
        <translation>Check text / Restore answer / Help</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/help_page.py" line="156"/>
        <source>Farbig hinterlegt und durchgehend unterstrichen: wird maskiert.</source>
        <translation>Coloured background and solid underline: will be masked.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/help_page.py" line="157"/>
        <source>Gepunktet unterstrichen: erkannt, bleibt aber sichtbar.</source>
        <translation>Dotted underline: detected, but stays visible.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/help_page.py" line="165"/>
        <source>Die wichtigsten Regeln</source>
        <translation>Key rules</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/help_page.py" line="166"/>
        <source>Markierungen im Text</source>
        <translation>Marks in the text</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/help_page.py" line="167"/>
        <source>Farben der Kategorien</source>
        <translation>Colours of the categories</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/help_page.py" line="168"/>
        <source>Tastenkürzel</source>
        <translation>Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>LiveTestPanel</name>
    <message>
        <location filename="../../desktop/policy_editor/live_test.py" line="90"/>
        <source>Beispieltext hier einfügen – das Ergebnis erscheint sofort.</source>
        <extracomment>Emitted on the GUI thread when a run&apos;s result is shown (tests wait for it).</extracomment>
        <translation>Paste a sample text here – the result appears at once.</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/live_test.py" line="91"/>
        <source>Beispieltext für den Live-Test</source>
        <translation>Sample text for the live test</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/live_test.py" line="52"/>
        <source>Sprachmodell</source>
        <extracomment>Recognizers whose internal name means nothing to a DSB, by what they are.</extracomment>
        <translation>Language model</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/live_test.py" line="54"/>
        <source>Namensregeln (bekannter Name, Anrede)</source>
        <translation>Name rules (known name, salutation)</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/live_test.py" line="56"/>
        <source>Richtlinie: Immer maskieren</source>
        <translation>Policy: always mask</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/live_test.py" line="58"/>
        <source>Richtlinie: Begriffsliste</source>
        <translation>Policy: term list</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/live_test.py" line="60"/>
        <source>von Hand</source>
        <translation>manual</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/live_test.py" line="62"/>
        <source>Eigenes Muster „%1“</source>
        <translation>Own pattern “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/live_test.py" line="63"/>
        <source>Regel für %1</source>
        <translation>Rule for %1</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/live_test.py" line="93"/>
        <source>Sprachmodell &amp;verwenden, wie die App (Namen, Orte, Organisationen)</source>
        <translation>&amp;Use the language model, like the app (names, places, organisations)</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/live_test.py" line="96"/>
        <source>Ohne Sprachmodell ist der Test schneller, findet aber weniger als die App.</source>
        <translation>Without the language model the test is faster but finds less than the app.</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/live_test.py" line="101"/>
        <source>Status des Live-Tests</source>
        <translation>Live test status</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/live_test.py" line="104"/>
        <source>Maskierter Beispieltext</source>
        <translation>Masked sample text</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/live_test.py" line="106"/>
        <source>Kategorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/live_test.py" line="106"/>
        <source>Fundstelle</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/live_test.py" line="106"/>
        <source>Erkannt durch</source>
        <translation>Detected by</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/live_test.py" line="110"/>
        <source>Sprachmodell, eine Regel der App oder ein Eintrag Ihrer Richtlinie (Muster, Listen).</source>
        <translation>The language model, a rule of the app or an entry of your policy (patterns, lists).</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/live_test.py" line="120"/>
        <source>Fundstellen im Beispieltext</source>
        <translation>Findings in the sample text</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/live_test.py" line="123"/>
        <source>&lt;b&gt;Live-Test&lt;/b&gt;</source>
        <translation>&lt;b&gt;Live test&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/live_test.py" line="127"/>
        <source>So würde der Text kopiert:</source>
        <translation>This is how the text would be copied:</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/live_test.py" line="145"/>
        <source>Die Richtlinie ist noch nicht gültig.</source>
        <translation>The policy is not valid yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/live_test.py" line="157"/>
        <source>Prüfe … (beim ersten Mal wird das Sprachmodell geladen)</source>
        <translation>Checking … (the first time the language model is loaded)</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/live_test.py" line="159"/>
        <source>Prüfe …</source>
        <translation>Checking …</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/live_test.py" line="174"/>
        <source>{0} Fundstellen, davon {1} maskiert.</source>
        <translation>{0} findings, {1} of them masked.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="148"/>
        <source>Anonymisierungshelfer</source>
        <translation>Anonymisierungshelfer</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="152"/>
        <source>Seiten</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="157"/>
        <source>Erkennung abbrechen</source>
        <translation>Cancel detection</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="157"/>
        <source>Bricht die laufende Erkennung ab.</source>
        <translation>Stops the running detection.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="158"/>
        <source>Fortschritt der Erkennung</source>
        <translation>Detection progress</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="158"/>
        <source>Wie weit die Erkennung ist.</source>
        <translation>How far detection has got.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="159"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="159"/>
        <source>Zustand der Erkennung.</source>
        <translation>State of detection.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="163"/>
        <source>Abbre&amp;chen</source>
        <translation>C&amp;ancel</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="149"/>
        <source>Text &amp;prüfen</source>
        <translation>Check te&amp;xt</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="150"/>
        <source>Antwort &amp;zurückübersetzen</source>
        <translation>&amp;Restore answer</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="151"/>
        <source>H&amp;ilfe</source>
        <translation>Hel&amp;p</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="153"/>
        <source>Text prüfen, Antwort zurückübersetzen und Hilfe.</source>
        <translation>Check text, restore answer and help.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="172"/>
        <source>Text verwerfen?</source>
        <translation>Discard the text?</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="174"/>
        <source>Ihre Prüfung dieses Texts (Freigaben, Maskierungen, Änderungen) geht verloren.</source>
        <translation>Your review of this text (unmasked values, masks, edits) will be lost.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="175"/>
        <source>&amp;Verwerfen</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="176"/>
        <location filename="../../desktop/main_window.py" line="207"/>
        <source>&amp;Abbrechen</source>
        <translation>C&amp;ancel</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="187"/>
        <source>Maskieren</source>
        <translation>Mask</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="187"/>
        <source>Kategorie für „%1“:</source>
        <translation>Category for “%1”:</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="193"/>
        <source>Bereinigtes Dokument speichern</source>
        <translation>Save cleaned document</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="200"/>
        <source>Sitzung beenden?</source>
        <translation>End the session?</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="201"/>
        <source>Alle Zuordnungen der Platzhalter vergessen, auch die aufbewahrte Kopie?</source>
        <translation>Forget every placeholder mapping, the kept copy included?</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="203"/>
        <source>Antworten des Chatbots mit Platzhaltern wie [PERSON_1] lassen sich danach nicht mehr zurückübersetzen; „Immer/Nie maskieren“ gilt nicht mehr. Das lässt sich nicht rückgängig machen.</source>
        <translation>Chatbot answers with placeholders such as [PERSON_1] can no longer be restored afterwards; “Always/Never mask” no longer apply. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="206"/>
        <source>Sitzung &amp;beenden</source>
        <translation>&amp;End session</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="218"/>
        <source>Das Programm beenden und den aktuellen Text verwerfen?</source>
        <translation>Quit and discard the current text?</translation>
    </message>
</context>
<context>
    <name>ManualMasks</name>
    <message>
        <location filename="../../desktop/window/manual_masks.py" line="55"/>
        <location filename="../../desktop/window/manual_masks.py" line="76"/>
        <source>„%1“ kommt im Text nicht vor.</source>
        <translation>“%1” does not occur in the text.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/manual_masks.py" line="69"/>
        <source>Treffer %1 von %2</source>
        <translation>Hit %1 of %2</translation>
    </message>
    <message>
        <location filename="../../desktop/window/manual_masks.py" line="82"/>
        <source>%1 Treffer maskiert.</source>
        <translation>%1 hits masked.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/manual_masks.py" line="89"/>
        <source>Bitte zuerst den Text markieren, der maskiert werden soll.</source>
        <translation>Please first select the text to be masked.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/manual_masks.py" line="101"/>
        <source>„%1“ immer maskieren</source>
        <translation>always mask “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/window/manual_masks.py" line="101"/>
        <source>„%1“ maskieren</source>
        <translation>mask “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/window/manual_masks.py" line="120"/>
        <source>„%1“ nie maskieren</source>
        <translation>never mask “%1”</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../desktop/widgets/message_bar.py" line="32"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/message_bar.py" line="33"/>
        <source>Meldung schließen</source>
        <translation>Close message</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/message_bar.py" line="34"/>
        <source>Meldung</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>PatternsSection</name>
    <message>
        <location filename="../../desktop/policy_editor/term_sections.py" line="180"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/term_sections.py" line="181"/>
        <source>Kategorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/term_sections.py" line="182"/>
        <source>Suchmuster</source>
        <translation>Search pattern</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/term_sections.py" line="183"/>
        <source>Kontextwörter (Komma)</source>
        <translation>Context words (commas)</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/term_sections.py" line="184"/>
        <source>Vorrang (0–1)</source>
        <translation>Priority (0–1)</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/term_sections.py" line="188"/>
        <source>Erscheint im Live-Test unter „Erkannt durch“.</source>
        <translation>Shown in the live test under “Found by”.</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/term_sections.py" line="192"/>
        <source>Ein regulärer Ausdruck (Python): \d = Ziffer, {4} = genau viermal, [A-Z] = Großbuchstabe, ? = optional. KITA-\d{4} findet KITA-0815.</source>
        <translation>A regular expression (Python): \d = digit, {4} = exactly four times, [A-Z] = capital letter, ? = optional. KITA-\d{4} finds KITA-0815.</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/term_sections.py" line="196"/>
        <source>Wörter, die in der Nähe stehen (z. B. Kita, Einrichtung); durch Komma getrennt.</source>
        <translation>Words that stand nearby (e.g. Kita, Einrichtung), separated by commas.</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/term_sections.py" line="200"/>
        <source>Jeder Treffer wird maskiert. Der Vorrang entscheidet nur, wenn sich zwei gleich lange Fundstellen überschneiden; ein Kontextwort in der Nähe erhöht ihn um 0,35.</source>
        <translation>Every hit is masked. The priority only decides when two findings of equal length overlap; a context word nearby raises it by 0.35.</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/term_sections.py" line="213"/>
        <source>Eigene Muster</source>
        <translation>Custom patterns</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/term_sections.py" line="218"/>
        <source>Prüfung der Muster</source>
        <translation>Pattern check</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/term_sections.py" line="219"/>
        <location filename="../../desktop/policy_editor/term_sections.py" line="221"/>
        <source>Neues Muster</source>
        <translation>New pattern</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/term_sections.py" line="220"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/term_sections.py" line="226"/>
        <source>Eigene Muster finden z. B. Kita- oder Vorgangsnummern. Das &lt;b&gt;Suchmuster&lt;/b&gt; ist ein regulärer Ausdruck: &lt;code&gt;\d&lt;/code&gt; steht für eine Ziffer, &lt;code&gt;{4}&lt;/code&gt; für genau vier davon – &lt;code&gt;KITA-\d{4}&lt;/code&gt; findet „KITA-0815“. Jeder Treffer wird maskiert; der &lt;b&gt;Vorrang&lt;/b&gt; (0–1) entscheidet nur, welche von zwei sich überschneidenden Fundstellen gilt. &lt;b&gt;Kontextwörter&lt;/b&gt; in der Nähe erhöhen ihn.</source>
        <translation>Own patterns find e.g. nursery or case numbers. The &lt;b&gt;search pattern&lt;/b&gt; is a regular expression: &lt;code&gt;\d&lt;/code&gt; stands for a digit, &lt;code&gt;{4}&lt;/code&gt; for exactly four of them – &lt;code&gt;KITA-\d{4}&lt;/code&gt; finds “KITA-0815”. Every hit is masked; the &lt;b&gt;priority&lt;/b&gt; (0–1) only decides which of two overlapping findings wins. &lt;b&gt;Context words&lt;/b&gt; nearby raise it.</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/term_sections.py" line="253"/>
        <source>Vorrang</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/term_sections.py" line="254"/>
        <source>Entscheidet nur bei sich überschneidenden Fundstellen; jeder Treffer wird maskiert.</source>
        <translation>Only decides between overlapping findings; every hit is masked.</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/term_sections.py" line="286"/>
        <source>Alle Muster sind gültig.</source>
        <translation>All patterns are valid.</translation>
    </message>
</context>
<context>
    <name>PolicyEditor</name>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="52"/>
        <source>Platzhalter [TYP_1]</source>
        <translation>Placeholder [TYPE_1]</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="53"/>
        <source>Ersatzwert (erfundener Name)</source>
        <translation>Surrogate (invented name)</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="54"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="55"/>
        <source>Schwärzen (█████)</source>
        <translation>Black out (█████)</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="56"/>
        <source>Nicht verändern</source>
        <translation>Leave unchanged</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="67"/>
        <source>Kategorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/term_sections.py" line="160"/>
        <source>Der reguläre Ausdruck fehlt.</source>
        <translation>The regular expression is missing.</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/term_sections.py" line="164"/>
        <source>Ungültiger regulärer Ausdruck: {0}</source>
        <translation>Invalid regular expression: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/term_sections.py" line="166"/>
        <source>Der Ausdruck passt auch auf leeren Text.</source>
        <translation>The expression also matches empty text.</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="161"/>
        <source>Bilder und eingebettete Objekte aus gespeicherten Word-Dateien entfernen</source>
        <translation>Remove images and embedded objects from saved Word files</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="166"/>
        <source>Die App kann Bilder und eingebettete Objekte nicht prüfen; sonst werden sie nur gemeldet.</source>
        <translation>The app cannot check images and embedded objects; otherwise they are only reported.</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="185"/>
        <source>&lt;b&gt;Word-Dateien&lt;/b&gt;</source>
        <translation>&lt;b&gt;Word files&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>PolicyEditorWindow</name>
    <message>
        <location filename="../../desktop/policy_editor/window.py" line="102"/>
        <source>&amp;Kategorien</source>
        <extracomment>The policy as last loaded or saved; None while the shown one is nowhere on disk in this form.</extracomment>
        <translation>&amp;Categories</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/window.py" line="103"/>
        <source>&amp;Begriffe</source>
        <translation>&amp;Terms</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/window.py" line="104"/>
        <source>&amp;Muster</source>
        <translation>&amp;Patterns</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/window.py" line="106"/>
        <source>&amp;Prüfung und Aufbewahrung</source>
        <translation>&amp;Review and retention</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/window.py" line="107"/>
        <source>&amp;Leitlinie</source>
        <translation>&amp;Guideline</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/window.py" line="122"/>
        <source>Bearbeitete Datei</source>
        <translation>File being edited</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/window.py" line="126"/>
        <source>Prüfergebnis der Richtlinie</source>
        <translation>Policy check result</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/window.py" line="164"/>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/window.py" line="182"/>
        <source>aus den Standardwerten, noch nicht gespeichert</source>
        <translation>from the defaults, not saved yet</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/window.py" line="230"/>
        <source>Die Richtlinie ist noch nicht gültig:</source>
        <translation>The policy is not valid yet:</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/window.py" line="236"/>
        <source>Die Richtlinie ist gültig.</source>
        <translation>The policy is valid.</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/window.py" line="275"/>
        <source>Gespeichert und geprüft: {0}</source>
        <translation>Saved and checked: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/window.py" line="295"/>
        <location filename="../../desktop/policy_editor/window.py" line="301"/>
        <source>Richtlinie öffnen</source>
        <translation>Open policy</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/window.py" line="295"/>
        <source>Richtlinien (*.toml);;Alle Dateien (*)</source>
        <translation>Policies (*.toml);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/window.py" line="287"/>
        <location filename="../../desktop/policy_editor/window.py" line="305"/>
        <location filename="../../desktop/policy_editor/window.py" line="312"/>
        <source>Richtlinie speichern</source>
        <translation>Save policy</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/window.py" line="105"/>
        <source>Begriffsl&amp;isten</source>
        <translation>Term l&amp;ists</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/window.py" line="127"/>
        <location filename="../../desktop/policy_editor/window.py" line="152"/>
        <source>Ö&amp;ffnen …</source>
        <translation>&amp;Open …</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/window.py" line="128"/>
        <location filename="../../desktop/policy_editor/window.py" line="155"/>
        <location filename="../../desktop/policy_editor/window.py" line="328"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/window.py" line="129"/>
        <location filename="../../desktop/policy_editor/window.py" line="158"/>
        <source>Speichern &amp;unter …</source>
        <translation>Save &amp;as …</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/window.py" line="161"/>
        <source>S&amp;chließen</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/window.py" line="184"/>
        <source>maschinenweite Richtlinie (verbindlich für alle Benutzer dieses Rechners)</source>
        <translation>machine-wide policy (binding for every user of this computer)</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/window.py" line="186"/>
        <source>Benutzer-Richtlinie (darf Schutz nur hinzufügen, wenn eine maschinenweite gilt)</source>
        <translation>user policy (may only add protection when a machine-wide policy applies)</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/window.py" line="187"/>
        <source>Richtliniendatei (wirkt erst, wenn IT sie verteilt oder sie mit --policy verwendet wird)</source>
        <translation>policy file (takes effect once IT deploys it or it is used with --policy)</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/window.py" line="194"/>
        <location filename="../../desktop/policy_editor/window.py" line="323"/>
        <source>Neue Richtlinie</source>
        <translation>New policy</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/window.py" line="195"/>
        <source>Richtlinien-Editor – %1 [*]</source>
        <translation>Policy editor – %1 [*]</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/window.py" line="198"/>
        <source>geändert</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/window.py" line="255"/>
        <source>Die Datei enthält %1 Fehler.</source>
        <translation>The file contains %1 errors.</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/window.py" line="268"/>
        <source>Übernommen. Speichern schreibt die korrigierte Richtlinie in die Datei.</source>
        <translation>Applied. Saving writes the corrected policy to the file.</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/window.py" line="305"/>
        <source>Richtlinien (*.toml)</source>
        <translation>Policies (*.toml)</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/window.py" line="321"/>
        <source>Änderungen speichern?</source>
        <translation>Save changes?</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/window.py" line="322"/>
        <source>Die Richtlinie „%1“ wurde geändert. Änderungen speichern?</source>
        <translation>The policy “%1” has been changed. Save the changes?</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/window.py" line="329"/>
        <source>&amp;Verwerfen</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/window.py" line="330"/>
        <source>&amp;Abbrechen</source>
        <translation>C&amp;ancel</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <location filename="../../desktop/widgets/preview.py" line="66"/>
        <source>&amp;Kopieren</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/preview.py" line="69"/>
        <source>&amp;Alles auswählen</source>
        <translation>Select &amp;all</translation>
    </message>
</context>
<context>
    <name>ReleaseController</name>
    <message>
        <location filename="../../desktop/window/release_controller.py" line="38"/>
        <source>Das Sprachmodell wird noch geladen – bitte einen Moment warten.</source>
        <translation>The language model is still loading – please wait a moment.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/release_controller.py" line="43"/>
        <source>Die Erkennung läuft noch – bitte einen Moment warten.</source>
        <translation>Detection is still running – please wait a moment.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/release_controller.py" line="45"/>
        <source>Nicht kopiert.</source>
        <translation>Not copied.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/release_controller.py" line="63"/>
        <source>Bereinigter Text kopiert (%1 Stellen maskiert).</source>
        <translation>Cleaned text copied (%1 places masked).</translation>
    </message>
    <message>
        <location filename="../../desktop/window/release_controller.py" line="65"/>
        <source>Markierter Teil des bereinigten Texts kopiert.</source>
        <translation>Selected part of the cleaned text copied.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/release_controller.py" line="76"/>
        <source>Der Text wurde bearbeitet; er wird deshalb als Textdatei gespeichert, nicht als Word-Datei.</source>
        <translation>The text has been edited, so it is saved as a text file, not as a Word file.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/release_controller.py" line="79"/>
        <source>Word-Dokument (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/release_controller.py" line="79"/>
        <source>Textdatei (*.txt)</source>
        <translation>Text file (*.txt)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/release_controller.py" line="80"/>
        <source>bereinigt</source>
        <translation>cleaned</translation>
    </message>
    <message>
        <location filename="../../desktop/window/release_controller.py" line="96"/>
        <source>Bereinigtes Dokument gespeichert: %1</source>
        <translation>Cleaned document saved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/window/release_controller.py" line="107"/>
        <source>Zurückübersetzte Antwort kopiert.</source>
        <translation>Restored answer copied.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/release_controller.py" line="110"/>
        <source>Zwischenablage geleert.</source>
        <translation>Clipboard cleared.</translation>
    </message>
</context>
<context>
    <name>RepairPanel</name>
    <message>
        <location filename="../../desktop/policy_editor/repair.py" line="32"/>
        <source>Text der Richtliniendatei</source>
        <translation>Text of the policy file</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/repair.py" line="33"/>
        <source>Probl&amp;eme (Doppelklick springt zur Zeile):</source>
        <translation>Probl&amp;ems (double-click goes to the line):</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/repair.py" line="36"/>
        <source>Probleme der Richtliniendatei</source>
        <translation>Problems of the policy file</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/repair.py" line="38"/>
        <source>Prüfen und &amp;übernehmen</source>
        <translation>Check and appl&amp;y</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/repair.py" line="39"/>
        <source>Prüfen und übernehmen</source>
        <translation>Check and apply</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/repair.py" line="41"/>
        <source>Prüft den Text; ist er gültig, erscheint die Richtlinie in den Bereichen des Editors.</source>
        <translation>Checks the text; when it is valid, the policy appears in the editor&apos;s sections.</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/repair.py" line="56"/>
        <source>„%1“ ist keine gültige Richtlinie. Korrigieren Sie den Text unten und wählen Sie „Prüfen und übernehmen“; danach können Sie die Richtlinie speichern.</source>
        <translation>“%1” is not a valid policy. Correct the text below and choose “Check and apply”; then you can save the policy.</translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <location filename="../../desktop/widgets/restore_page.py" line="97"/>
        <source>Fügen Sie die Antwort des Chatbots ein. Platzhalter wie [PERSON_1] werden durch die Originale ersetzt – nur auf diesem Rechner.</source>
        <translation>Paste the chatbot&apos;s answer. Placeholders such as [PERSON_1] are replaced by the originals – on this computer only.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/restore_page.py" line="102"/>
        <source>Antwort des Chatbots</source>
        <translation>Chatbot answer</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/restore_page.py" line="103"/>
        <source>Hier die Antwort mit Platzhaltern einfügen.</source>
        <translation>Paste the answer with placeholders here.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/restore_page.py" line="101"/>
        <source>Ant&amp;wort des Chatbots:</source>
        <translation>Chatbot &amp;answer:</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/restore_page.py" line="104"/>
        <source>&amp;Ergebnis – zurückübersetzte Antwort:</source>
        <translation>Restore&amp;d answer:</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/restore_page.py" line="105"/>
        <source>Zurückübersetzte Antwort</source>
        <translation>Restored answer</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/restore_page.py" line="106"/>
        <source>Die Antwort mit den Originalwerten, nur lesbar.</source>
        <translation>The answer with the original values, read-only.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/restore_page.py" line="107"/>
        <source>&amp;Nicht aufgelöste Platzhalter:</source>
        <translation>&amp;Unresolved placeholders:</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/restore_page.py" line="108"/>
        <source>Nicht aufgelöste Platzhalter</source>
        <translation>Unresolved placeholders</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/restore_page.py" line="110"/>
        <source>Platzhalter in der Antwort, zu denen kein Original bekannt ist.</source>
        <translation>Placeholders in the answer whose original is unknown.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/restore_page.py" line="112"/>
        <source>Zurückübersetzte Antwort &amp;kopieren</source>
        <translation>Cop&amp;y restored answer</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/restore_page.py" line="113"/>
        <source>Zurückübersetzte Antwort kopieren</source>
        <translation>Copy restored answer</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/restore_page.py" line="114"/>
        <source>Kopiert die Antwort mit den Originalwerten.</source>
        <translation>Copies the answer with the original values.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/restore_page.py" line="115"/>
        <source>Antwort einf&amp;ügen</source>
        <translation>Paste from clip&amp;board</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/restore_page.py" line="116"/>
        <source>Antwort aus der Zwischenablage einfügen</source>
        <translation>Paste the answer from the clipboard</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/restore_page.py" line="117"/>
        <source>Ersetzt das Antwortfeld durch die Zwischenablage.</source>
        <translation>Replaces the answer field with the clipboard.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/restore_page.py" line="152"/>
        <source>Maskiert, aber in der Antwort nicht erwähnt: %1</source>
        <translation>Masked, but not mentioned in the answer: %1</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <location filename="../../desktop/window/review_controller.py" line="114"/>
        <source>Erkennung abgebrochen – der Text ist nicht vollständig geprüft.</source>
        <extracomment>Texts longer than this show a progress bar and a cancel button while detection runs. Above this length the highlights and the preview are redrawn once typing pauses, not per keystroke.</extracomment>
        <translation>Detection cancelled – the text has not been fully checked.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/review_controller.py" line="132"/>
        <source>Hier erscheint der bereinigte Text.</source>
        <translation>The cleaned text appears here.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/review_controller.py" line="134"/>
        <source>Wird geprüft … Die Vorschau erscheint, sobald die Erkennung fertig ist.</source>
        <translation>Checking … The preview appears as soon as detection is done.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/review_controller.py" line="136"/>
        <source>Nicht geprüft: die Erkennung wurde abgebrochen oder ist fehlgeschlagen. Zum Prüfen den Text bearbeiten oder „Kopieren“ wählen.</source>
        <translation>Not checked: detection was cancelled or failed. To check, edit the text or choose “Copy”.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/review_controller.py" line="166"/>
        <source>Sprachmodell wird geladen …</source>
        <translation>Loading language model …</translation>
    </message>
    <message>
        <location filename="../../desktop/window/review_controller.py" line="168"/>
        <source>Datei wird gelesen …</source>
        <translation>Reading the file …</translation>
    </message>
    <message>
        <location filename="../../desktop/window/review_controller.py" line="170"/>
        <source>Erkennung läuft …</source>
        <translation>Detecting …</translation>
    </message>
    <message>
        <location filename="../../desktop/window/review_controller.py" line="172"/>
        <source>Bereit. Text einfügen (Strg+V), tippen oder Datei öffnen.</source>
        <translation>Ready. Paste text (Ctrl+V), type or open a file.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/review_controller.py" line="177"/>
        <source>Bereit. %1 Fundstellen, davon %2 maskiert.</source>
        <translation>Ready. %1 findings, %2 of them masked.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/review_controller.py" line="199"/>
        <source>„%1“ sichtbar lassen</source>
        <translation>keep “%1” visible</translation>
    </message>
    <message>
        <location filename="../../desktop/window/review_controller.py" line="199"/>
        <source>„%1“ maskieren</source>
        <translation>mask “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/window/review_controller.py" line="205"/>
        <source>alle „%1“ maskieren</source>
        <translation>mask all “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/window/review_controller.py" line="205"/>
        <source>alle „%1“ sichtbar lassen</source>
        <translation>keep all “%1” visible</translation>
    </message>
    <message>
        <location filename="../../desktop/window/review_controller.py" line="213"/>
        <source>&amp;Rückgängig: %1</source>
        <translation>&amp;Undo: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/window/review_controller.py" line="213"/>
        <source>&amp;Rückgängig</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/window/review_controller.py" line="215"/>
        <source>&amp;Wiederholen: %1</source>
        <translation>&amp;Redo: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/window/review_controller.py" line="215"/>
        <source>&amp;Wiederholen</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../desktop/window/review_controller.py" line="226"/>
        <source>Wiederholt: %1</source>
        <translation>Redone: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/window/review_controller.py" line="226"/>
        <source>Rückgängig gemacht: %1</source>
        <translation>Undone: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/window/review_controller.py" line="253"/>
        <source>Keine Fundstellen im Text.</source>
        <translation>No findings in the text.</translation>
    </message>
</context>
<context>
    <name>ReviewDutyDialog</name>
    <message>
        <location filename="../../desktop/widgets/review_dialog.py" line="75"/>
        <source>Text vor dem Kopieren prüfen</source>
        <extracomment>Rows a table shows before it scrolls (the dialog grows with the screen, never past it).</extracomment>
        <translation>Check the text before copying</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_dialog.py" line="83"/>
        <source>Die Leitlinie verlangt, dass Sie den bereinigten Text prüfen, bevor er in einen Chatbot geht. Bitte sehen Sie vor allem nach, was sichtbar bleibt.</source>
        <translation>The guideline requires you to check the cleaned text before it goes to a chatbot. Above all, please look at what stays visible.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_dialog.py" line="92"/>
        <location filename="../../desktop/widgets/review_dialog.py" line="114"/>
        <source>Kategorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_dialog.py" line="92"/>
        <source>Anzahl</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_dialog.py" line="99"/>
        <source>Maskierte Fundstellen je Kategorie</source>
        <translation>Masked findings per category</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_dialog.py" line="100"/>
        <source>Eine Zeile je Kategorie mit der Anzahl der Fundstellen.</source>
        <translation>One row per category with the number of findings.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_dialog.py" line="102"/>
        <source>Wird maskiert (%1 Stellen):</source>
        <translation>Will be masked (%1 places):</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_dialog.py" line="105"/>
        <source>Es wurde nichts maskiert. Enthält der Text wirklich keine personenbezogenen Daten?</source>
        <translation>Nothing was masked. Does the text really contain no personal data?</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_dialog.py" line="114"/>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_dialog.py" line="114"/>
        <source>Wert (bleibt sichtbar)</source>
        <translation>Value (stays visible)</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_dialog.py" line="122"/>
        <source>Fundstellen, die sichtbar bleiben</source>
        <translation>Findings that stay visible</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_dialog.py" line="124"/>
        <source>Eine Zeile je Wert, der unverändert in den kopierten Text geht, mit dem Grund.</source>
        <translation>One row per value that goes into the copied text unchanged, with the reason.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_dialog.py" line="128"/>
        <source>Bleibt sichtbar und geht so an den Chatbot (1 Wert):</source>
        <translation>Stays visible and goes to the chatbot as it is (1 value):</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_dialog.py" line="130"/>
        <source>Bleibt sichtbar und geht so an den Chatbot (%1 Werte):</source>
        <translation>Stays visible and goes to the chatbot as it is (%1 values):</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_dialog.py" line="133"/>
        <source>Jede erkannte Fundstelle wird maskiert.</source>
        <translation>Every finding detected will be masked.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_dialog.py" line="136"/>
        <source>&amp;Ich habe den Text geprüft</source>
        <translation>&amp;I have checked the text</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_dialog.py" line="137"/>
        <source>Ich habe den Text geprüft</source>
        <translation>I have checked the text</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_dialog.py" line="138"/>
        <source>Erst nach dieser Bestätigung kann kopiert werden.</source>
        <translation>Copying is possible only after this confirmation.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_dialog.py" line="140"/>
        <source>&amp;Kopieren</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_dialog.py" line="141"/>
        <source>Kopieren</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_dialog.py" line="142"/>
        <source>&amp;Abbrechen</source>
        <translation>C&amp;ancel</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_dialog.py" line="143"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_dialog.py" line="169"/>
        <source>laut Richtlinie nicht maskiert</source>
        <translation>not masked by the policy</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_dialog.py" line="171"/>
        <source>von Ihnen freigegeben</source>
        <translation>unmasked by you</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_dialog.py" line="172"/>
        <source>„Nie maskieren“</source>
        <translation>“Never mask”</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../desktop/widgets/review_page.py" line="122"/>
        <source>&amp;Original (einfügen, tippen oder Datei ablegen):</source>
        <translation>&amp;Original (paste, type or drop a file):</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_page.py" line="124"/>
        <source>&amp;Vorschau – so wird kopiert:</source>
        <translation>Previe&amp;w – exactly what is copied:</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_page.py" line="125"/>
        <source>Datei &amp;öffnen …</source>
        <translation>Open fi&amp;le …</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_page.py" line="126"/>
        <source>&amp;Maskieren …</source>
        <translation>&amp;Mask …</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_page.py" line="127"/>
        <source>Bereinigten Text &amp;kopieren</source>
        <translation>&amp;Copy cleaned text</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_page.py" line="133"/>
        <source>Originaltext</source>
        <translation>Original text</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_page.py" line="141"/>
        <source>Vorschau des bereinigten Texts</source>
        <translation>Preview of the cleaned text</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_page.py" line="105"/>
        <source>farbig, unterstrichen: wird maskiert</source>
        <translation>coloured, underlined: will be masked</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_page.py" line="105"/>
        <source>gepunktet: bleibt sichtbar</source>
        <translation>dotted: stays visible</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_page.py" line="111"/>
        <source>Farbig hinterlegt und durchgehend unterstrichen heißt maskiert, gepunktet unterstrichen heißt sichtbar. Kategorien im Text: %1.</source>
        <translation>A coloured background with a solid underline means masked, a dotted underline means visible. Categories in the text: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_page.py" line="123"/>
        <source>&amp;Fundstellen (Haken = wird maskiert):</source>
        <translation>F&amp;indings (tick = will be masked):</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_page.py" line="128"/>
        <source>Legende</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_page.py" line="135"/>
        <source>Der Text mit markierten Fundstellen. Umschalten: Markierung am linken Rand anklicken oder Kontextmenü; F3 springt zur nächsten Fundstelle.</source>
        <translation>The text with its findings marked. To toggle: click the label in the left margin or use the context menu; F3 goes to the next finding.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_page.py" line="142"/>
        <source>Genau dieser Text wird kopiert. Leer, solange die Erkennung läuft.</source>
        <translation>Exactly this text is copied. Empty while detection runs.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_page.py" line="144"/>
        <source>Datei öffnen</source>
        <translation>Open file</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_page.py" line="144"/>
        <source>Öffnet eine Text-, Word-, PDF- oder E-Mail-Datei.</source>
        <translation>Opens a text, Word, PDF or e-mail file.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_page.py" line="147"/>
        <source>Markierten Text maskieren</source>
        <translation>Mask selected text</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_page.py" line="148"/>
        <source>Maskiert den markierten Text mit einer Kategorie.</source>
        <translation>Masks the selected text with a category.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_page.py" line="152"/>
        <source>Bereinigten Text kopieren</source>
        <translation>Copy cleaned text</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_page.py" line="153"/>
        <source>Kopiert die Vorschau nach der Prüfung in die Zwischenablage.</source>
        <translation>Copies the preview to the clipboard after your review.</translation>
    </message>
</context>
<context>
    <name>ReviewSection</name>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="148"/>
        <source>Vor dem Kopieren Bestätigung verlangen</source>
        <translation>Require confirmation before copying</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="149"/>
        <source>Sachbearbeitende dürfen Fundstellen freigeben (nicht maskieren)</source>
        <translation>Clerks may release findings (leave them unmasked)</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="152"/>
        <source> Tage</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="153"/>
        <source>nur im Speicher (0)</source>
        <translation>in memory only (0)</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="154"/>
        <source>Sitzungen aufbewahren</source>
        <translation>Keep sessions</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="155"/>
        <source>Nutzungsprotokoll führen (ohne personenbezogene Daten)</source>
        <translation>Keep a usage log (without personal data)</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="156"/>
        <source>Benutzerkonto als gesalzenen Hashwert protokollieren</source>
        <translation>Log the user account as a salted hash</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="158"/>
        <source>Standard: Datenordner des Benutzers</source>
        <translation>Default: the user&apos;s data folder</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="159"/>
        <source>Ordner des Nutzungsprotokolls</source>
        <translation>Usage log folder</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="176"/>
        <source>&lt;b&gt;Prüfung&lt;/b&gt;</source>
        <translation>&lt;b&gt;Review&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="179"/>
        <source>&lt;b&gt;Aufbewahrung&lt;/b&gt;</source>
        <translation>&lt;b&gt;Retention&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="180"/>
        <source>Sitzungen aufbewahren:</source>
        <translation>Keep sessions:</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="181"/>
        <source>&lt;b&gt;Nutzungsprotokoll&lt;/b&gt;</source>
        <translation>&lt;b&gt;Usage log&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="184"/>
        <source>Ordner:</source>
        <translation>Folder:</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../../desktop/window/session_controller.py" line="37"/>
        <source>Sitzung beendet: alle Zuordnungen wurden vergessen.</source>
        <extracomment>The open folder dialog (window-modal), None when none is open.</extracomment>
        <translation>Session ended: every placeholder mapping has been forgotten.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/session_controller.py" line="44"/>
        <source>Das Sprachmodell wird noch geladen; bitte gleich noch einmal.</source>
        <translation>The language model is still loading; please try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/session_controller.py" line="59"/>
        <source>Die Sitzung des bereinigten Ordners ist jetzt die aktuelle Sitzung.</source>
        <translation>The cleaned folder&apos;s session is now the current session.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/widgets/settings_dialog.py" line="13"/>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/settings_dialog.py" line="15"/>
        <source>Wie das System</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/settings_dialog.py" line="18"/>
        <source>Sprache der Oberfläche</source>
        <translation>User interface language</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/settings_dialog.py" line="19"/>
        <source>Deutsch, Englisch oder die Sprache des Systems.</source>
        <translation>German, English or the system&apos;s language.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/settings_dialog.py" line="22"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/settings_dialog.py" line="23"/>
        <source>nie</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/settings_dialog.py" line="25"/>
        <source>Zwischenablage leeren nach Sekunden</source>
        <translation>Clear the clipboard after seconds</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/settings_dialog.py" line="26"/>
        <source>0 heißt: die Zwischenablage wird nicht geleert.</source>
        <translation>0 means: the clipboard is not cleared.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/settings_dialog.py" line="28"/>
        <source>&amp;Sprache:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/settings_dialog.py" line="30"/>
        <source>Zwischenablage &amp;leeren nach:</source>
        <translation>&amp;Clear clipboard after:</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/settings_dialog.py" line="34"/>
        <source>Gespeichert werden nur diese Einstellungen, nie Texte.</source>
        <translation>Only these settings are saved, never any text.</translation>
    </message>
</context>
<context>
    <name>SourceEditor</name>
    <message>
        <location filename="../../desktop/widgets/source_editor.py" line="186"/>
        <location filename="../../desktop/widgets/source_editor.py" line="396"/>
        <source>wird maskiert</source>
        <extracomment>Width of the label margin in &quot;M&quot; widths of the editor font. The margin&apos;s labels are drawn this much smaller than the text, so a label fits into one text line. Called with ``redo`` on Ctrl+Z / Ctrl+Shift+Z; returns True when it undid a review decision.</extracomment>
        <translation>will be masked</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/source_editor.py" line="186"/>
        <location filename="../../desktop/widgets/source_editor.py" line="396"/>
        <source>bleibt sichtbar</source>
        <translation>stays visible</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/source_editor.py" line="187"/>
        <source>von Hand</source>
        <translation>manual</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/source_editor.py" line="187"/>
        <source>erkannt</source>
        <translation>detected</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/source_editor.py" line="189"/>
        <source>%1 – %2 (%3). Umschalten: Markierung am Rand anklicken oder Kontextmenü.</source>
        <translation>%1 – %2 (%3). To toggle: click its label in the margin or use the context menu.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/source_editor.py" line="238"/>
        <source>Fundstelle &amp;sichtbar lassen</source>
        <translation>Keep finding &amp;visible</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/source_editor.py" line="238"/>
        <source>&amp;Fundstelle maskieren</source>
        <translation>Mask this &amp;finding</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/source_editor.py" line="243"/>
        <source>A&amp;lle „%1“ maskieren</source>
        <translation>Mask a&amp;ll “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/source_editor.py" line="247"/>
        <source>Alle „%1“ sich&amp;tbar lassen</source>
        <translation>Keep all “%1” visi&amp;ble</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/source_editor.py" line="391"/>
        <source>%1 weitere Fundstellen in dieser Zeile – klicken für eine Auswahl.</source>
        <translation>%1 more findings on this line – click to choose.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/source_editor.py" line="395"/>
        <source>Klicken: sichtbar lassen</source>
        <translation>Click: keep visible</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/source_editor.py" line="395"/>
        <source>Klicken: maskieren</source>
        <translation>Click: mask</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/source_editor.py" line="251"/>
        <source>&amp;Maskieren …</source>
        <translation>&amp;Mask …</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/source_editor.py" line="254"/>
        <source>&amp;Immer maskieren</source>
        <translation>&amp;Always mask</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/source_editor.py" line="256"/>
        <source>&amp;Nie maskieren</source>
        <translation>&amp;Never mask</translation>
    </message>
</context>
<context>
    <name>TermListsSection</name>
    <message>
        <location filename="../../desktop/policy_editor/term_sections.py" line="319"/>
        <source>Datei</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/term_sections.py" line="319"/>
        <source>Kategorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/term_sections.py" line="319"/>
        <source>CSV-Spalte</source>
        <translation>CSV column</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/term_sections.py" line="319"/>
        <source>Begriffe</source>
        <translation>Terms</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/term_sections.py" line="324"/>
        <source>Begriffslisten</source>
        <translation>Term lists</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/term_sections.py" line="326"/>
        <source>Begriffsliste importieren …</source>
        <translation>Import term list …</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/term_sections.py" line="327"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/term_sections.py" line="334"/>
        <source>Ein Begriff je Zeile (UTF-8 oder Latin-1) oder eine CSV-Datei mit Kopfzeile. Die Datei wird neben der Richtlinie abgelegt.</source>
        <translation>One term per line (UTF-8 or Latin-1) or a CSV file with a header row. The file is stored next to the policy.</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/term_sections.py" line="344"/>
        <source>Begriffsliste importieren</source>
        <translation>Import term list</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/term_sections.py" line="344"/>
        <source>Begriffslisten (*.txt *.csv);;Alle Dateien (*)</source>
        <translation>Term lists (*.txt *.csv);;All files (*)</translation>
    </message>
</context>
<context>
    <name>TermsSection</name>
    <message>
        <location filename="../../desktop/policy_editor/term_sections.py" line="55"/>
        <source>Nie maskieren</source>
        <translation>Never mask</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/term_sections.py" line="57"/>
        <source>z. B. Kreis Coesfeld</source>
        <translation>e.g. Kreis Coesfeld</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/term_sections.py" line="58"/>
        <source>Neuer Begriff für „Nie maskieren“</source>
        <translation>New term for “Never mask”</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/term_sections.py" line="59"/>
        <location filename="../../desktop/policy_editor/term_sections.py" line="76"/>
        <source>Hinzufügen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/term_sections.py" line="60"/>
        <location filename="../../desktop/policy_editor/term_sections.py" line="77"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/term_sections.py" line="66"/>
        <source>Begriff</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/term_sections.py" line="66"/>
        <source>Kategorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/term_sections.py" line="70"/>
        <source>Immer maskieren</source>
        <translation>Always mask</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/term_sections.py" line="73"/>
        <source>z. B. Falkenhorst</source>
        <translation>e.g. Falkenhorst</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/term_sections.py" line="74"/>
        <source>Neuer Begriff für „Immer maskieren“</source>
        <translation>New term for “Always mask”</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/term_sections.py" line="84"/>
        <source>Nie maskieren (Erlaubt-Liste)</source>
        <translation>Never mask (allow list)</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/term_sections.py" line="93"/>
        <source>Immer maskieren (Sperrliste: ganzes Wort, auch mit -s/-es/-n)</source>
        <translation>Always mask (deny list: whole word, also with -s/-es/-n)</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../desktop/window/menus.py" line="75"/>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="76"/>
        <source>&amp;Bearbeiten</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="77"/>
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="78"/>
        <source>E&amp;xtras</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="79"/>
        <location filename="../../desktop/window/menus.py" line="99"/>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="81"/>
        <source>Datei &amp;öffnen …</source>
        <translation>Open fi&amp;le …</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="82"/>
        <source>&amp;Einfügen</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="83"/>
        <source>&amp;Neuer Text</source>
        <translation>&amp;New text</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="84"/>
        <source>Bereinigtes Dokument &amp;speichern …</source>
        <translation>Save cleaned &amp;document …</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="85"/>
        <source>&amp;Ordner bereinigen …</source>
        <translation>Clean a &amp;folder …</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="86"/>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="87"/>
        <source>&amp;Suchen …</source>
        <translation>&amp;Find …</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="88"/>
        <source>Nächste &amp;Fundstelle</source>
        <translation>Ne&amp;xt finding</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="89"/>
        <source>&amp;Vorherige Fundstelle</source>
        <translation>Pre&amp;vious finding</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="90"/>
        <source>&amp;Maskieren …</source>
        <translation>&amp;Mask …</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="91"/>
        <source>&amp;Immer maskieren</source>
        <translation>&amp;Always mask</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="92"/>
        <source>&amp;Nie maskieren</source>
        <translation>&amp;Never mask</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="93"/>
        <source>Bereinigten Text &amp;kopieren</source>
        <translation>&amp;Copy cleaned text</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="94"/>
        <source>&amp;Text prüfen</source>
        <translation>Check &amp;text</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="95"/>
        <source>&amp;Antwort zurückübersetzen</source>
        <translation>&amp;Restore answer</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="96"/>
        <source>&amp;Einstellungen …</source>
        <translation>&amp;Settings …</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="97"/>
        <source>&amp;Richtlinie bearbeiten …</source>
        <translation>Edit &amp;policy …</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="98"/>
        <source>Sitzung &amp;beenden (Zuordnungen vergessen)</source>
        <translation>&amp;End session (forget placeholder table)</translation>
    </message>
</context>
</TS>
