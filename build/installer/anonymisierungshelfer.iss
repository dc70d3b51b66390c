; Inno Setup 6 script (6.3 or later: x64compatible) of the Windows installer of Anonymisierungshelfer.
;
; Built by `python build/package.py --installer` on Windows, which passes the version from pyproject.toml:
;   iscc /DAppVersion=0.1.0 /DSourceDir=dist\Anonymisierungshelfer /DOutputDir=dist build\installer\anonymisierungshelfer.iss
;
; Install (see docs/deployment.md):
;   Anonymisierungshelfer-<version>-Setup.exe                      per user, no admin rights (default)
;   … /ALLUSERS /VERYSILENT /SUPPRESSMSGBOXES /NORESTART            all users (IT, admin rights)
;   … /ALLUSERS /VERYSILENT /POLICY="\\server\share\policy.toml"    also place the DSB's policy machine-wide
; Uninstall removes the program files; the user's kept sessions and settings only when asked
; (dialog, or /DELETEUSERDATA=1 on the uninstaller's command line). The machine-wide policy stays (IT owns it).

#ifndef AppVersion
  #error AppVersion is not set: build with python build/package.py --installer (or iscc /DAppVersion=x.y.z)
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\Anonymisierungshelfer"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#define AppName "Anonymisierungshelfer"
#define AppExe "Anonymisierungshelfer.exe"

[Setup]
AppId={{43FE4B1C-2675-4844-AD32-219E2C70FC57}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Kreisverwaltung
AppComments=Findet und maskiert personenbezogene Daten lokal, bevor Texte in einen Chatbot gehen.
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user install without admin rights by default; IT chooses all users with /ALLUSERS or in the dialog.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename={#AppName}-{#AppVersion}-Setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExe}
CloseApplications=yes
SetupLogging=yes

[Languages]
Name: "german"; MessagesFile: "compiler:Languages\German.isl"

[Tasks]
Name: "desktopicon"; Description: "Verknüpfung auf dem Desktop anlegen"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; /POLICY=path\to\policy.toml: the DSB's policy, machine-wide (checked in InitializeSetup). IT owns it, so the
; uninstaller leaves it in place.
Source: "{code:PolicySource}"; DestDir: "{code:PolicyDir}"; DestName: "policy.toml"; Flags: external ignoreversion uninsneveruninstall; Check: PolicyRequested

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Personenbezogene Daten lokal finden und maskieren"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Personenbezogene Daten lokal finden und maskieren"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{#AppName} jetzt starten"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder: whatever the app left there. User data is handled in CurUninstallStepChanged.
Type: filesandordirs; Name: "{app}"

[Code]
{ The DSB's policy given as /POLICY=path\to\policy.toml, or '' when none. }
function PolicySource(Param: String): String;
begin
  Result := Trim(ExpandConstant('{param:POLICY|}'));
end;

function PolicyRequested(): Boolean;
begin
  Result := PolicySource('') <> '';
end;

{ %PROGRAMDATA%\Anonymisierungshelfer — where the app looks for the binding machine-wide policy. }
function PolicyDir(Param: String): String;
begin
  Result := ExpandConstant('{commonappdata}\{#AppName}');
end;

{ Refuse before anything is installed: a missing policy file, or a machine-wide policy without admin rights
  (a per-user install could not protect the file from the clerk, so the policy would not be binding). }
function InitializeSetup(): Boolean;
var
  Source: String;
begin
  Result := True;
  Source := PolicySource('');
  if Source = '' then
    Exit;
  if not FileExists(Source) then
  begin
    Log('Richtliniendatei nicht gefunden: ' + Source);
    SuppressibleMsgBox('Die Richtliniendatei "' + Source + '" wurde nicht gefunden.', mbError, MB_OK, IDOK);
    Result := False;
  end
  else if not IsAdminInstallMode() then
  begin
    Log('/POLICY verlangt eine Installation für alle Benutzer (/ALLUSERS).');
    SuppressibleMsgBox('Eine Richtlinie für alle Benutzer kann nur bei einer Installation für alle Benutzer ' +
      '(/ALLUSERS, mit Administratorrechten) abgelegt werden.', mbError, MB_OK, IDOK);
    Result := False;
  end
  else
    Log('Richtlinie wird abgelegt: ' + PolicyDir('') + '\policy.toml');
end;

{ Kept sessions (encrypted), settings and the user policy live in %LOCALAPPDATA%\Anonymisierungshelfer.
  They are deleted only when the user says so, or with /DELETEUSERDATA=1 on the uninstaller's command line. }
function DeleteUserDataWanted(): Boolean;
begin
  if ExpandConstant('{param:DELETEUSERDATA|0}') = '1' then
    Result := True
  else if UninstallSilent() then
    Result := False
  else
    Result := MsgBox('Sollen auch Ihre gespeicherten Sitzungen und Einstellungen gelöscht werden?',
      mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep <> usPostUninstall then
    Exit;
  if not DeleteUserDataWanted() then
    Exit;
  DelTree(ExpandConstant('{localappdata}\{#AppName}'), True, True, True);
  DelTree(ExpandConstant('{userappdata}\{#AppName}'), True, True, True);
  RegDeleteKeyIncludingSubkeys(HKCU, 'Software\{#AppName}');
end;
