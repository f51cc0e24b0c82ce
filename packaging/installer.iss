; Inno Setup script for xa_planner: a per-user installer (no administrator rights needed),
; built from the PyInstaller one-folder bundle in dist\xa_planner\.
;
;   pyinstaller packaging\xa_planner.spec --noconfirm
;   iscc packaging\installer.iss            ->  dist\xa_planner-setup-<version>.exe
;
; Workspaces and backups live in the user's data folder, never in {app}, so upgrading or
; uninstalling the program never touches them.

#define AppName "xa_planner"
; The version comes from src/xa_planner/__init__.py: iscc /DAppVersion=<version> (build_bundle.py prints it).
#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=<xa_planner.__version__> packaging\installer.iss
#endif
#define AppPublisher "xa_planner"
#define AppExe "xa_planner.exe"

[Setup]
; A fixed AppId: upgrades install over the previous version instead of beside it.
AppId={{6F0B7C5E-3B1A-4F7E-9E51-0A6D2B8C4D31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\{#AppExe}
SourceDir=..
OutputDir=dist
OutputBaseFilename=xa_planner-setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
; Close a running copy before replacing its files (it saves on every action anyway).
CloseApplications=yes
RestartApplications=no

[Languages]
; Vietnamese is an unofficial Inno Setup translation: use it when the build machine has it
; (official folder, Unofficial folder, or a copy placed beside this script), else English only.
#if FileExists(CompilerPath + "Languages\Vietnamese.isl")
Name: "vietnamese"; MessagesFile: "compiler:Languages\Vietnamese.isl"
#elif FileExists(CompilerPath + "Languages\Unofficial\Vietnamese.isl")
Name: "vietnamese"; MessagesFile: "compiler:Languages\Unofficial\Vietnamese.isl"
#elif FileExists(SourcePath + "Vietnamese.isl")
Name: "vietnamese"; MessagesFile: "{#SourcePath}Vietnamese.isl"
#endif
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "dist\xa_planner\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; Drop the previous version's bundle so stale modules never mix with new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; Double-clicking a .xaplan workspace opens it in the app (per user, HKCU).
Root: HKA; Subkey: "Software\Classes\.xaplan"; ValueType: string; ValueName: ""; ValueData: "xa_planner.Workspace"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\xa_planner.Workspace"; ValueType: string; ValueName: ""; ValueData: "xa_planner workspace"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\xa_planner.Workspace\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\xa_planner.Workspace\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" --workspace ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
