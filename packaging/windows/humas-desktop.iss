; Inno Setup 6 script for Humas Desktop (Windows 10/11, 64-bit).
; Build the one-folder bundle first (on Windows):
;   py -m pip install -e ".[build]"
;   py -m PyInstaller --noconfirm --clean packaging\humas-desktop.spec
;   dist\humas-desktop\humas-desktop.exe --self-test
; then compile this script:
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\windows\humas-desktop.iss
; Output: packaging\windows\Output\HumasDesktop-Setup-<version>.exe

#define AppName "Humas Desktop"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppExe "humas-desktop.exe"
#define BundleDir "..\..\dist\humas-desktop"

[Setup]
; A fixed AppId lets an upgrade replace the previous install in place.
AppId={{6C1C7B2E-52E4-4C55-9C47-4A1D1B0E7A31}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Humas Desktop
DefaultDirName={autopf}\Humas Desktop
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user install needs no administrator rights on a venue laptop.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputBaseFilename=HumasDesktop-Setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; The app must not run while its files are replaced; user data (events, backups) lives in
; %LOCALAPPDATA%\HumasDesktop and is never touched by the installer or uninstaller.
CloseApplications=yes
UninstallDisplayIcon={app}\{#AppExe}
; Tell Explorer the file associations in [Registry] changed (no restart needed).
ChangesAssociations=yes

[Languages]
Name: "indonesian"; MessagesFile: "compiler:Languages\Indonesian.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Registry]
; A double-click on an event file (.humas) or a package (.humaspkg) runs humas-desktop.exe FILE.
; Per-user (HKCU via HKA with PrivilegesRequired=lowest); removed again on uninstall.
Root: HKA; Subkey: "Software\Classes\.humas"; ValueType: string; ValueName: ""; ValueData: "HumasDesktop.Event"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\HumasDesktop.Event"; ValueType: string; ValueName: ""; ValueData: "Berkas acara Humas Desktop"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\HumasDesktop.Event\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\HumasDesktop.Event\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.humaspkg"; ValueType: string; ValueName: ""; ValueData: "HumasDesktop.Package"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\HumasDesktop.Package"; ValueType: string; ValueName: ""; ValueData: "Paket Humas Desktop"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\HumasDesktop.Package\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\HumasDesktop.Package\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
; Check the installed copy before first use (writes an event file, xlsx and PDF in a temp folder).
Filename: "{app}\{#AppExe}"; Parameters: "--self-test"; Flags: runhidden waituntilterminated; StatusMsg: "Uji mandiri…"
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
