; Inno Setup script: the Windows installer of Retention Planner (issue 31).
;
; Build on Windows, from the repository root:
;   py -3.11 bootstrap.py bundle        (dist\retention-planner\ with retention-planner.exe, build\icons\)
;   iscc /DAppVersion=0.1.0 installer\windows\retention-planner.iss
; writes dist\retention-planner-0.1.0-setup.exe. Installs per user by default (no admin
; rights needed; the dialog offers all users), with a start-menu entry, an optional
; desktop icon, the .rplan file type and an uninstaller.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Retention Planner"
#define AppExe "retention-planner.exe"
#define Root "..\.."

[Setup]
AppId={{6B7E1F52-31A4-4C8E-9D2B-5E0C1A7F3B31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Retention Planner
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename=retention-planner-{#AppVersion}-setup
SetupIconFile={#Root}\build\icons\retention-planner.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; the whole one-folder bundle: retention-planner.exe (no console window),
; retention-planner-cli.exe (the sub-commands, with a console) and _internal\
Source: "{#Root}\dist\retention-planner\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; double-clicking a plan (.rplan) opens it in the app
Root: HKA; Subkey: "Software\Classes\.rplan"; ValueType: string; ValueName: ""; ValueData: "RetentionPlanner.Plan"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\RetentionPlanner.Plan"; ValueType: string; ValueName: ""; ValueData: "Retention Planner plan"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\RetentionPlanner.Plan\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\RetentionPlanner.Plan\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
