<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name>CategoriesSection</name>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="102"/>
        <source>Kategorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="102"/>
        <source>Maskieren</source>
        <translation>Mask</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="102"/>
        <source>Verfahren</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="108"/>
        <source>Kategorien und Verfahren</source>
        <translation>Categories and methods</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="114"/>
        <source>{0} maskieren</source>
        <translation>Mask {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="119"/>
        <source>Verfahren für {0}</source>
        <translation>Method for {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="126"/>
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
    <name>FindingsList</name>
    <message>
        <location filename="../../desktop/widgets/findings_list.py" line="39"/>
        <source>Fundstelle</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/findings_list.py" line="39"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/findings_list.py" line="40"/>
        <source>Fundstellen</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/findings_list.py" line="42"/>
        <source>Fundstellen nach Kategorie. Leertaste oder Entf schaltet die Maskierung um.</source>
        <translation>Findings by category. Space or Del toggles masking.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/findings_list.py" line="79"/>
        <source>maskiert (von Hand)</source>
        <translation>masked (manually)</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/findings_list.py" line="80"/>
        <source>maskiert</source>
        <translation>masked</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/findings_list.py" line="80"/>
        <source>sichtbar</source>
        <translation>visible</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/findings_list.py" line="83"/>
        <source>%1 von %2 maskiert</source>
        <translation>%1 of %2 masked</translation>
    </message>
</context>
<context>
    <name>GuidelineSection</name>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="529"/>
        <source>Leitlinientext</source>
        <translation>Guideline text</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="532"/>
        <source>Dieser Text erscheint in der Hilfe der App:</source>
        <translation>This text appears in the app&apos;s help:</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <location filename="../../desktop/widgets/help_page.py" line="37"/>
        <source>Hilfe</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/help_page.py" line="38"/>
        <source>Die wichtigsten Regeln der Leitlinie und die Tastenkürzel.</source>
        <translation>The guideline&apos;s key rules and the keyboard shortcuts.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/help_page.py" line="40"/>
        <source>Geben Sie keine personenbezogenen Daten in externe Chatbots ein.</source>
        <translation>Never enter personal data into external chatbots.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/help_page.py" line="41"/>
        <source>Prüfen Sie den bereinigten Text vor dem Kopieren sorgfältig – die Erkennung kann Fehler machen.</source>
        <translation>Check the cleaned text carefully before copying it – detection can make mistakes.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/help_page.py" line="42"/>
        <source>Maskieren Sie von Hand, was die Erkennung übersehen hat (Text markieren, Strg+M).</source>
        <translation>Mask by hand what detection missed (select the text, Ctrl+M).</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/help_page.py" line="43"/>
        <source>Prüfen Sie die Antwort des Chatbots kritisch, bevor Sie sie verwenden.</source>
        <translation>Check the chatbot&apos;s answer critically before you use it.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/help_page.py" line="44"/>
        <source>Die Zuordnung der Platzhalter bleibt auf diesem Rechner und wird nicht gespeichert.</source>
        <translation>The placeholder table stays on this computer and is not saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/help_page.py" line="47"/>
        <source>Text einfügen (überall im Fenster)</source>
        <translation>Paste text (anywhere in the window)</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/help_page.py" line="48"/>
        <source>Datei öffnen</source>
        <translation>Open file</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/help_page.py" line="49"/>
        <source>Markierten Text maskieren</source>
        <translation>Mask selected text</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/help_page.py" line="50"/>
        <source>Bereinigten Text kopieren</source>
        <translation>Copy cleaned text</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/help_page.py" line="51"/>
        <source>Bereinigtes Dokument speichern</source>
        <translation>Save cleaned document</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/help_page.py" line="52"/>
        <source>Leertaste/Entf</source>
        <translation>Space/Del</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/help_page.py" line="52"/>
        <source>Fundstelle in der Liste umschalten</source>
        <translation>Toggle a finding in the list</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/help_page.py" line="53"/>
        <source>Text prüfen / Antwort zurückübersetzen / Hilfe</source>
        <translation>Check text / Restore answer / Help</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/help_page.py" line="56"/>
        <source>Farbig hinterlegt und durchgehend unterstrichen: wird maskiert.</source>
        <translation>Coloured background and solid underline: will be masked.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/help_page.py" line="57"/>
        <source>Gepunktet unterstrichen: erkannt, bleibt aber sichtbar.</source>
        <translation>Dotted underline: detected, but stays visible.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/help_page.py" line="58"/>
        <source>Der linke Rand nennt die Kategorien jeder Zeile; Klammern heißen sichtbar.</source>
        <translation>The left margin names the categories of each line; brackets mean visible.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/help_page.py" line="60"/>
        <source>Die wichtigsten Regeln</source>
        <translation>Key rules</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/help_page.py" line="60"/>
        <source>Markierungen im Text</source>
        <translation>Marks in the text</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/help_page.py" line="60"/>
        <source>Tastenkürzel</source>
        <translation>Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>LiveTestPanel</name>
    <message>
        <location filename="../../desktop/policy_editor/live_test.py" line="117"/>
        <source>Beispieltext hier einfügen – das Ergebnis erscheint sofort.</source>
        <extracomment>Builds the engine for a policy; ``with_model`` adds the NER model. Tests may pass a cheaper one. Emitted on the GUI thread when a run&apos;s result is shown (tests wait for it).</extracomment>
        <translation>Paste a sample text here – the result appears at once.</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/live_test.py" line="118"/>
        <source>Beispieltext für den Live-Test</source>
        <translation>Sample text for the live test</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/live_test.py" line="120"/>
        <source>Namen mit dem Sprachmodell erkennen (langsamer)</source>
        <translation>Detect names with the language model (slower)</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/live_test.py" line="124"/>
        <source>Status des Live-Tests</source>
        <translation>Live test status</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/live_test.py" line="127"/>
        <source>Maskierter Beispieltext</source>
        <translation>Masked sample text</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/live_test.py" line="129"/>
        <source>Kategorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/live_test.py" line="129"/>
        <source>Fundstelle</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/live_test.py" line="129"/>
        <source>Erkannt durch</source>
        <translation>Detected by</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/live_test.py" line="134"/>
        <source>Fundstellen im Beispieltext</source>
        <translation>Findings in the sample text</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/live_test.py" line="137"/>
        <source>&lt;b&gt;Live-Test&lt;/b&gt;</source>
        <translation>&lt;b&gt;Live test&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/live_test.py" line="141"/>
        <source>So würde der Text kopiert:</source>
        <translation>This is how the text would be copied:</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/live_test.py" line="159"/>
        <source>Die Richtlinie ist noch nicht gültig.</source>
        <translation>The policy is not valid yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/live_test.py" line="165"/>
        <source>Prüfe …</source>
        <translation>Checking …</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/live_test.py" line="175"/>
        <source>{0} Fundstellen, davon {1} maskiert.</source>
        <translation>{0} findings, {1} of them masked.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="227"/>
        <source>Anonymisierungshelfer</source>
        <extracomment>Texts longer than this show a progress bar and a cancel button while detection runs. Above this length the highlights and the preview are redrawn once typing pauses, not per keystroke.</extracomment>
        <translation>Anonymisierungshelfer</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="258"/>
        <source>&amp;Text prüfen</source>
        <translation>Check &amp;text</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="259"/>
        <source>&amp;Antwort zurückübersetzen</source>
        <translation>&amp;Restore answer</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="247"/>
        <location filename="../../desktop/main_window.py" line="263"/>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="231"/>
        <source>Seiten</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="334"/>
        <source>Datei öffnen</source>
        <translation>Open file</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="236"/>
        <source>Erkennung abbrechen</source>
        <translation>Cancel detection</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="236"/>
        <source>Bricht die laufende Erkennung ab.</source>
        <translation>Stops the running detection.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="237"/>
        <source>Fortschritt der Erkennung</source>
        <translation>Detection progress</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="237"/>
        <source>Wie weit die Erkennung ist.</source>
        <translation>How far detection has got.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="238"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="238"/>
        <source>Zustand der Erkennung.</source>
        <translation>State of detection.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="254"/>
        <source>&amp;Maskieren …</source>
        <translation>&amp;Mask …</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="257"/>
        <source>Bereinigten Text &amp;kopieren</source>
        <translation>&amp;Copy cleaned text</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="242"/>
        <source>Abbre&amp;chen</source>
        <translation>C&amp;ancel</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="243"/>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="244"/>
        <source>&amp;Bearbeiten</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="245"/>
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="246"/>
        <source>E&amp;xtras</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="249"/>
        <source>Datei &amp;öffnen …</source>
        <translation>Open fi&amp;le …</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="228"/>
        <source>Text &amp;prüfen</source>
        <translation>Check te&amp;xt</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="229"/>
        <source>Antwort &amp;zurückübersetzen</source>
        <translation>&amp;Restore answer</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="230"/>
        <source>H&amp;ilfe</source>
        <translation>Hel&amp;p</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="232"/>
        <source>Text prüfen, Antwort zurückübersetzen und Hilfe.</source>
        <translation>Check text, restore answer and help.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="250"/>
        <source>&amp;Einfügen</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="251"/>
        <source>&amp;Neuer Text</source>
        <translation>&amp;New text</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="252"/>
        <source>Bereinigtes Dokument &amp;speichern …</source>
        <translation>Save cleaned &amp;document …</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="253"/>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="255"/>
        <source>&amp;Immer maskieren</source>
        <translation>&amp;Always mask</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="256"/>
        <source>N&amp;ie maskieren</source>
        <translation>&amp;Never mask</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="260"/>
        <source>&amp;Einstellungen …</source>
        <translation>&amp;Settings …</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="261"/>
        <source>&amp;Richtlinie bearbeiten …</source>
        <translation>Edit &amp;policy …</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="262"/>
        <source>Sitzung &amp;beenden (Zuordnungen vergessen)</source>
        <translation>&amp;End session (forget placeholder table)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="271"/>
        <location filename="../../desktop/main_window.py" line="420"/>
        <source>Sprachmodell wird geladen …</source>
        <translation>Loading language model …</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="325"/>
        <source>Die Zwischenablage enthält keinen Text.</source>
        <translation>The clipboard contains no text.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="334"/>
        <source>Dokumente (*.txt *.docx *.pdf *.eml *.msg);;Alle Dateien (*)</source>
        <translation>Documents (*.txt *.docx *.pdf *.eml *.msg);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="385"/>
        <source>Erkennung abgebrochen – der Text ist nicht vollständig geprüft.</source>
        <translation>Detection cancelled – the text has not been fully checked.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="410"/>
        <source>Die Vorschau erscheint, sobald die Erkennung fertig ist.</source>
        <translation>The preview appears as soon as detection has finished.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="422"/>
        <source>Datei wird gelesen …</source>
        <translation>Reading the file …</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="424"/>
        <source>Erkennung läuft …</source>
        <translation>Detecting …</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="426"/>
        <source>Bereit. Text einfügen (Strg+V), tippen oder Datei öffnen.</source>
        <translation>Ready. Paste text (Ctrl+V), type or open a file.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="430"/>
        <source>Bereit. %1 Fundstellen, davon %2 maskiert.</source>
        <translation>Ready. %1 findings, %2 of them masked.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="463"/>
        <source>Maskieren</source>
        <translation>Mask</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="463"/>
        <source>Kategorie für „%1“:</source>
        <translation>Category for “%1”:</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="470"/>
        <location filename="../../desktop/main_window.py" line="484"/>
        <source>Bitte zuerst den Text markieren, der maskiert werden soll.</source>
        <translation>Please first select the text to be masked.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="511"/>
        <source>Das Sprachmodell wird noch geladen – bitte einen Moment warten.</source>
        <translation>The language model is still loading – please wait a moment.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="517"/>
        <source>Die Erkennung läuft noch – bitte einen Moment warten.</source>
        <translation>Detection is still running – please wait a moment.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="522"/>
        <source>Nicht kopiert.</source>
        <translation>Not copied.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="544"/>
        <source>Bereinigter Text kopiert (%1 Stellen maskiert).</source>
        <translation>Cleaned text copied (%1 places masked).</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="551"/>
        <source>Bereinigtes Dokument speichern</source>
        <translation>Save cleaned document</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="564"/>
        <source>Der Text wurde bearbeitet; er wird deshalb als Textdatei gespeichert, nicht als Word-Datei.</source>
        <translation>The text has been edited, so it is saved as a text file, not as a Word file.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="568"/>
        <source>Word-Dokument (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="571"/>
        <source>Textdatei (*.txt)</source>
        <translation>Text file (*.txt)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="573"/>
        <source>bereinigt</source>
        <translation>cleaned</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="595"/>
        <source>Bereinigtes Dokument gespeichert: %1</source>
        <translation>Cleaned document saved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="605"/>
        <source>Zurückübersetzte Antwort kopiert.</source>
        <translation>Restored answer copied.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="608"/>
        <source>Zwischenablage geleert.</source>
        <translation>Clipboard cleared.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="631"/>
        <source>Der Richtlinien-Editor kann nicht gestartet werden.</source>
        <translation>The policy editor cannot be started.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="653"/>
        <source>Richtlinie wird neu geladen …</source>
        <translation>Reloading the policy …</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="660"/>
        <source>Sitzung beendet: alle Zuordnungen wurden vergessen.</source>
        <translation>Session ended: every placeholder mapping has been forgotten.</translation>
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
        <location filename="../../desktop/policy_editor/sections.py" line="272"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="273"/>
        <source>Kategorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="274"/>
        <source>Regulärer Ausdruck</source>
        <translation>Regular expression</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="275"/>
        <source>Kontextwörter (Komma)</source>
        <translation>Context words (comma-separated)</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="276"/>
        <location filename="../../desktop/policy_editor/sections.py" line="320"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="283"/>
        <source>Eigene Muster</source>
        <translation>Custom patterns</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="288"/>
        <source>Prüfung der Muster</source>
        <translation>Pattern check</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="289"/>
        <location filename="../../desktop/policy_editor/sections.py" line="291"/>
        <source>Neues Muster</source>
        <translation>New pattern</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="290"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="297"/>
        <source>Eigene Muster finden z. B. Kita- oder Vorgangsnummern. Kontextwörter in der Nähe erhöhen die Sicherheit.</source>
        <translation>Custom patterns find, for example, day-care or case numbers. Context words nearby raise the confidence.</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="352"/>
        <source>Alle Muster sind gültig.</source>
        <translation>All patterns are valid.</translation>
    </message>
</context>
<context>
    <name>PolicyEditor</name>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="50"/>
        <source>Platzhalter [TYP_1]</source>
        <translation>Placeholder [TYPE_1]</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="51"/>
        <source>Ersatzwert (erfundener Name)</source>
        <translation>Surrogate (invented name)</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="52"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="53"/>
        <source>Schwärzen (█████)</source>
        <translation>Black out (█████)</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="54"/>
        <source>Nicht verändern</source>
        <translation>Leave unchanged</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="65"/>
        <source>Kategorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="252"/>
        <source>Der reguläre Ausdruck fehlt.</source>
        <translation>The regular expression is missing.</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="256"/>
        <source>Ungültiger regulärer Ausdruck: {0}</source>
        <translation>Invalid regular expression: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="258"/>
        <source>Der Ausdruck passt auch auf leeren Text.</source>
        <translation>The expression also matches empty text.</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="476"/>
        <source>Bilder und eingebettete Objekte aus gespeicherten Word-Dateien entfernen</source>
        <translation>Remove images and embedded objects from saved Word files</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="481"/>
        <source>Die App kann Bilder und eingebettete Objekte nicht prüfen; sonst werden sie nur gemeldet.</source>
        <translation>The app cannot check images and embedded objects; otherwise they are only reported.</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="500"/>
        <source>&lt;b&gt;Word-Dateien&lt;/b&gt;</source>
        <translation>&lt;b&gt;Word files&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>PolicyEditorWindow</name>
    <message>
        <location filename="../../desktop/policy_editor/window.py" line="62"/>
        <source>Richtlinien-Editor – Anonymisierungshelfer</source>
        <translation>Policy editor – Anonymisierungshelfer</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/window.py" line="86"/>
        <source>&amp;Kategorien</source>
        <translation>&amp;Categories</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/window.py" line="87"/>
        <source>&amp;Begriffe</source>
        <translation>&amp;Terms</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/window.py" line="88"/>
        <source>&amp;Muster</source>
        <translation>&amp;Patterns</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/window.py" line="89"/>
        <source>Begriffs&amp;listen</source>
        <translation>Term &amp;lists</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/window.py" line="90"/>
        <source>&amp;Prüfung und Aufbewahrung</source>
        <translation>&amp;Review and retention</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/window.py" line="91"/>
        <source>&amp;Leitlinie</source>
        <translation>&amp;Guideline</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/window.py" line="101"/>
        <source>Prüfergebnis der Richtlinie</source>
        <translation>Policy check result</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/window.py" line="102"/>
        <location filename="../../desktop/policy_editor/window.py" line="123"/>
        <source>Öffnen …</source>
        <translation>Open …</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/window.py" line="103"/>
        <location filename="../../desktop/policy_editor/window.py" line="126"/>
        <source>Speichern unter …</source>
        <translation>Save as …</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/window.py" line="129"/>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/window.py" line="160"/>
        <source>Die Richtlinie ist noch nicht gültig:</source>
        <translation>The policy is not valid yet:</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/window.py" line="166"/>
        <source>Die Richtlinie ist gültig.</source>
        <translation>The policy is valid.</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/window.py" line="172"/>
        <location filename="../../desktop/policy_editor/window.py" line="177"/>
        <source>Richtlinien-Editor – {0}</source>
        <translation>Policy editor – {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/window.py" line="178"/>
        <source>Gespeichert und geprüft: {0}</source>
        <translation>Saved and checked: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/window.py" line="182"/>
        <location filename="../../desktop/policy_editor/window.py" line="188"/>
        <source>Richtlinie öffnen</source>
        <translation>Open policy</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/window.py" line="182"/>
        <source>Richtlinien (*.toml);;Alle Dateien (*)</source>
        <translation>Policies (*.toml);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/window.py" line="192"/>
        <location filename="../../desktop/policy_editor/window.py" line="198"/>
        <source>Richtlinie speichern</source>
        <translation>Save policy</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/window.py" line="192"/>
        <source>Richtlinien (*.toml)</source>
        <translation>Policies (*.toml)</translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <location filename="../../desktop/widgets/restore_page.py" line="93"/>
        <source>Fügen Sie die Antwort des Chatbots ein. Platzhalter wie [PERSON_1] werden durch die Originale ersetzt – nur auf diesem Rechner.</source>
        <translation>Paste the chatbot&apos;s answer. Placeholders such as [PERSON_1] are replaced by the originals – on this computer only.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/restore_page.py" line="98"/>
        <source>Antwort des Chatbots</source>
        <translation>Chatbot answer</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/restore_page.py" line="99"/>
        <source>Hier die Antwort mit Platzhaltern einfügen.</source>
        <translation>Paste the answer with placeholders here.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/restore_page.py" line="97"/>
        <source>Ant&amp;wort des Chatbots:</source>
        <translation>Chatbot &amp;answer:</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/restore_page.py" line="100"/>
        <source>&amp;Ergebnis – zurückübersetzte Antwort:</source>
        <translation>Restore&amp;d answer:</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/restore_page.py" line="101"/>
        <source>Zurückübersetzte Antwort</source>
        <translation>Restored answer</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/restore_page.py" line="102"/>
        <source>Die Antwort mit den Originalwerten, nur lesbar.</source>
        <translation>The answer with the original values, read-only.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/restore_page.py" line="103"/>
        <source>&amp;Nicht aufgelöste Platzhalter:</source>
        <translation>&amp;Unresolved placeholders:</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/restore_page.py" line="104"/>
        <source>Nicht aufgelöste Platzhalter</source>
        <translation>Unresolved placeholders</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/restore_page.py" line="106"/>
        <source>Platzhalter in der Antwort, zu denen kein Original bekannt ist.</source>
        <translation>Placeholders in the answer whose original is unknown.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/restore_page.py" line="108"/>
        <source>Zurückübersetzte Antwort &amp;kopieren</source>
        <translation>Cop&amp;y restored answer</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/restore_page.py" line="109"/>
        <source>Zurückübersetzte Antwort kopieren</source>
        <translation>Copy restored answer</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/restore_page.py" line="110"/>
        <source>Kopiert die Antwort mit den Originalwerten.</source>
        <translation>Copies the answer with the original values.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/restore_page.py" line="111"/>
        <source>Antwort einf&amp;ügen</source>
        <translation>Paste from clip&amp;board</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/restore_page.py" line="112"/>
        <source>Antwort aus der Zwischenablage einfügen</source>
        <translation>Paste the answer from the clipboard</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/restore_page.py" line="113"/>
        <source>Ersetzt das Antwortfeld durch die Zwischenablage.</source>
        <translation>Replaces the answer field with the clipboard.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/restore_page.py" line="145"/>
        <source>Maskiert, aber in der Antwort nicht erwähnt: %1</source>
        <translation>Masked, but not mentioned in the answer: %1</translation>
    </message>
</context>
<context>
    <name>ReviewDutyDialog</name>
    <message>
        <location filename="../../desktop/widgets/review_dialog.py" line="27"/>
        <source>Text vor dem Kopieren prüfen</source>
        <translation>Check the text before copying</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_dialog.py" line="30"/>
        <source>Die Leitlinie verlangt, dass Sie den bereinigten Text prüfen, bevor er in einen Chatbot geht. Maskiert wurden:</source>
        <translation>The guideline requires you to check the cleaned text before it goes to a chatbot. Masked were:</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_dialog.py" line="39"/>
        <source>Kategorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_dialog.py" line="39"/>
        <source>Anzahl</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_dialog.py" line="46"/>
        <source>Maskierte Fundstellen je Kategorie</source>
        <translation>Masked findings per category</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_dialog.py" line="47"/>
        <source>Eine Zeile je Kategorie mit der Anzahl der Fundstellen.</source>
        <translation>One row per category with the number of findings.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_dialog.py" line="49"/>
        <source>Es wurde nichts maskiert. Enthält der Text wirklich keine personenbezogenen Daten?</source>
        <translation>Nothing was masked. Does the text really contain no personal data?</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_dialog.py" line="50"/>
        <source>&amp;Ich habe den Text geprüft</source>
        <translation>&amp;I have checked the text</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_dialog.py" line="51"/>
        <source>Ich habe den Text geprüft</source>
        <translation>I have checked the text</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_dialog.py" line="52"/>
        <source>Erst nach dieser Bestätigung kann kopiert werden.</source>
        <translation>Copying is possible only after this confirmation.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_dialog.py" line="54"/>
        <source>&amp;Kopieren</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_dialog.py" line="55"/>
        <source>Kopieren</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_dialog.py" line="56"/>
        <source>&amp;Abbrechen</source>
        <translation>C&amp;ancel</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_dialog.py" line="57"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../desktop/widgets/review_page.py" line="71"/>
        <source>&amp;Original (einfügen, tippen oder Datei ablegen):</source>
        <translation>&amp;Original (paste, type or drop a file):</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_page.py" line="72"/>
        <source>&amp;Fundstellen:</source>
        <translation>F&amp;indings:</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_page.py" line="73"/>
        <source>&amp;Vorschau – so wird kopiert:</source>
        <translation>Previe&amp;w – exactly what is copied:</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_page.py" line="74"/>
        <source>Datei &amp;öffnen …</source>
        <translation>Open fi&amp;le …</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_page.py" line="75"/>
        <source>&amp;Maskieren …</source>
        <translation>&amp;Mask …</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_page.py" line="76"/>
        <source>Bereinigten Text &amp;kopieren</source>
        <translation>&amp;Copy cleaned text</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_page.py" line="80"/>
        <source>Originaltext</source>
        <translation>Original text</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_page.py" line="81"/>
        <source>Der Text mit markierten Fundstellen. Klick auf eine Fundstelle schaltet sie um.</source>
        <translation>The text with its findings marked. Clicking a finding toggles it.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_page.py" line="83"/>
        <source>Vorschau des bereinigten Texts</source>
        <translation>Preview of the cleaned text</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_page.py" line="83"/>
        <source>Genau dieser Text wird kopiert.</source>
        <translation>Exactly this text is copied.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_page.py" line="84"/>
        <source>Datei öffnen</source>
        <translation>Open file</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_page.py" line="84"/>
        <source>Öffnet eine Text-, Word-, PDF- oder E-Mail-Datei.</source>
        <translation>Opens a text, Word, PDF or e-mail file.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_page.py" line="87"/>
        <source>Markierten Text maskieren</source>
        <translation>Mask selected text</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_page.py" line="88"/>
        <source>Maskiert den markierten Text mit einer Kategorie.</source>
        <translation>Masks the selected text with a category.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_page.py" line="92"/>
        <source>Bereinigten Text kopieren</source>
        <translation>Copy cleaned text</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/review_page.py" line="93"/>
        <source>Kopiert die Vorschau nach der Prüfung in die Zwischenablage.</source>
        <translation>Copies the preview to the clipboard after your review.</translation>
    </message>
</context>
<context>
    <name>ReviewSection</name>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="463"/>
        <source>Vor dem Kopieren Bestätigung verlangen</source>
        <translation>Require confirmation before copying</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="464"/>
        <source>Sachbearbeitende dürfen Fundstellen freigeben (nicht maskieren)</source>
        <translation>Clerks may release findings (leave them unmasked)</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="467"/>
        <source> Tage</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="468"/>
        <source>nur im Speicher (0)</source>
        <translation>in memory only (0)</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="469"/>
        <source>Sitzungen aufbewahren</source>
        <translation>Keep sessions</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="470"/>
        <source>Nutzungsprotokoll führen (ohne personenbezogene Daten)</source>
        <translation>Keep a usage log (without personal data)</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="471"/>
        <source>Benutzerkonto als gesalzenen Hashwert protokollieren</source>
        <translation>Log the user account as a salted hash</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="473"/>
        <source>Standard: Datenordner des Benutzers</source>
        <translation>Default: the user&apos;s data folder</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="474"/>
        <source>Ordner des Nutzungsprotokolls</source>
        <translation>Usage log folder</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="491"/>
        <source>&lt;b&gt;Prüfung&lt;/b&gt;</source>
        <translation>&lt;b&gt;Review&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="494"/>
        <source>&lt;b&gt;Aufbewahrung&lt;/b&gt;</source>
        <translation>&lt;b&gt;Retention&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="495"/>
        <source>Sitzungen aufbewahren:</source>
        <translation>Keep sessions:</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="496"/>
        <source>&lt;b&gt;Nutzungsprotokoll&lt;/b&gt;</source>
        <translation>&lt;b&gt;Usage log&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="499"/>
        <source>Ordner:</source>
        <translation>Folder:</translation>
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
        <location filename="../../desktop/widgets/source_editor.py" line="124"/>
        <source>wird maskiert</source>
        <translation>will be masked</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/source_editor.py" line="124"/>
        <source>bleibt sichtbar</source>
        <translation>stays visible</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/source_editor.py" line="125"/>
        <source>von Hand</source>
        <translation>manual</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/source_editor.py" line="125"/>
        <source>erkannt</source>
        <translation>detected</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/source_editor.py" line="127"/>
        <source>%1 – %2 (%3). Klicken zum Umschalten.</source>
        <translation>%1 – %2 (%3). Click to toggle.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/source_editor.py" line="180"/>
        <source>Fundstelle sichtbar lassen</source>
        <translation>Keep finding visible</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/source_editor.py" line="180"/>
        <source>Fundstelle maskieren</source>
        <translation>Mask finding</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/source_editor.py" line="183"/>
        <source>&amp;Maskieren …</source>
        <translation>&amp;Mask …</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/source_editor.py" line="186"/>
        <source>&amp;Immer maskieren</source>
        <translation>&amp;Always mask</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/source_editor.py" line="188"/>
        <source>&amp;Nie maskieren</source>
        <translation>&amp;Never mask</translation>
    </message>
</context>
<context>
    <name>TermListsSection</name>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="385"/>
        <source>Datei</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="385"/>
        <source>Kategorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="385"/>
        <source>CSV-Spalte</source>
        <translation>CSV column</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="385"/>
        <source>Begriffe</source>
        <translation>Terms</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="390"/>
        <source>Begriffslisten</source>
        <translation>Term lists</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="392"/>
        <source>Begriffsliste importieren …</source>
        <translation>Import term list …</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="393"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="400"/>
        <source>Ein Begriff je Zeile (UTF-8 oder Latin-1) oder eine CSV-Datei mit Kopfzeile. Die Datei wird neben der Richtlinie abgelegt.</source>
        <translation>One term per line (UTF-8 or Latin-1) or a CSV file with a header row. The file is stored next to the policy.</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="410"/>
        <source>Begriffsliste importieren</source>
        <translation>Import term list</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="410"/>
        <source>Begriffslisten (*.txt *.csv);;Alle Dateien (*)</source>
        <translation>Term lists (*.txt *.csv);;All files (*)</translation>
    </message>
</context>
<context>
    <name>TermsSection</name>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="147"/>
        <source>Nie maskieren</source>
        <translation>Never mask</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="149"/>
        <source>z. B. Kreis Coesfeld</source>
        <translation>e.g. Kreis Coesfeld</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="150"/>
        <source>Neuer Begriff für „Nie maskieren“</source>
        <translation>New term for “Never mask”</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="151"/>
        <location filename="../../desktop/policy_editor/sections.py" line="168"/>
        <source>Hinzufügen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="152"/>
        <location filename="../../desktop/policy_editor/sections.py" line="169"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="158"/>
        <source>Begriff</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="158"/>
        <source>Kategorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="162"/>
        <source>Immer maskieren</source>
        <translation>Always mask</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="165"/>
        <source>z. B. Falkenhorst</source>
        <translation>e.g. Falkenhorst</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="166"/>
        <source>Neuer Begriff für „Immer maskieren“</source>
        <translation>New term for “Always mask”</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="176"/>
        <source>Nie maskieren (Erlaubt-Liste)</source>
        <translation>Never mask (allow list)</translation>
    </message>
    <message>
        <location filename="../../desktop/policy_editor/sections.py" line="185"/>
        <source>Immer maskieren (Sperrliste: ganzes Wort, auch mit -s/-es/-n)</source>
        <translation>Always mask (deny list: whole word, also with -s/-es/-n)</translation>
    </message>
</context>
</TS>
