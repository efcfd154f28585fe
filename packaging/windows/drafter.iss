; Inno Setup 6 script: Drafter's Windows installer, from the bundle that
; packaging\build.py makes in dist\Drafter (steps: packaging\windows\BUILD.md).
;
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" packaging\windows\drafter.iss
;
; makes dist\Drafter-<version>-setup.exe. Per-user: installs into
; %LOCALAPPDATA%\Programs\Drafter without asking for administrator rights;
; Start menu shortcut, optional desktop shortcut, an uninstaller in Settings >
; Apps. The workspace (%LOCALAPPDATA%\Drafter) is the person's data: neither an
; upgrade nor the uninstaller touches it.
;
; Overrides on the command line: /DBundleDir=PATH (default ..\..\dist\Drafter)
; and /DAppVersion=X.Y.Z (default: the version inside Drafter.exe).

#ifndef BundleDir
  #define BundleDir AddBackslash(SourcePath) + "..\..\dist\Drafter"
#endif
#if !FileExists(BundleDir + "\Drafter.exe")
  #error "No Drafter.exe in the bundle folder: run packaging\build.py first, or pass /DBundleDir=..."
#endif
#ifndef AppVersion
  #define AppVersion GetVersionNumbersString(BundleDir + "\Drafter.exe")
#endif
#define RepoDir AddBackslash(SourcePath) + "..\.."

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{3FC1929C-4A1A-4918-BC6C-4B80B289BB0A}
AppName=Drafter
AppVersion={#AppVersion}
AppVerName=Drafter {#AppVersion}
AppPublisher=The Drafter team
AppCopyright=GPL-3.0-or-later
VersionInfoVersion={#AppVersion}
VersionInfoProductName=Drafter
VersionInfoDescription=Drafter setup
; Per-user install: {autopf} is %LOCALAPPDATA%\Programs, no UAC prompt.
PrivilegesRequired=lowest
DefaultDirName={autopf}\Drafter
DefaultGroupName=Drafter
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
WizardStyle=modern
#if FileExists(RepoDir + "\LICENSE")
LicenseFile={#RepoDir}\LICENSE
#elif FileExists(RepoDir + "\COPYING")
LicenseFile={#RepoDir}\COPYING
#endif
#if FileExists(RepoDir + "\resources\icons\drafter.ico")
SetupIconFile={#RepoDir}\resources\icons\drafter.ico
#endif
UninstallDisplayIcon={app}\Drafter.exe
UninstallDisplayName=Drafter
OutputDir={#RepoDir}\dist
OutputBaseFilename=Drafter-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
; Close a running Drafter before replacing its files (Restart Manager).
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: no library of the previous version stays behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Drafter"; Filename: "{app}\Drafter.exe"; WorkingDir: "{app}"; AppUserModelID: "org.drafter.Drafter"
Name: "{autodesktop}\Drafter"; Filename: "{app}\Drafter.exe"; WorkingDir: "{app}"; AppUserModelID: "org.drafter.Drafter"; Tasks: desktopicon

[Run]
Filename: "{app}\Drafter.exe"; Description: "{cm:LaunchProgram,Drafter}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the bundle itself may leave in its folder; never the workspace.
Type: filesandordirs; Name: "{app}\_internal"
