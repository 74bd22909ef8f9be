; Kuntapalaute: per-user Windows installer (no administrator rights) for the frozen app folder
; that installer/build.py makes on Windows (dist\kuntapalaute\). Build steps: installer/README.md.
;
;   makensis /DVERSION=0.1.0 /DSOURCE_DIR=..\..\dist\kuntapalaute /DICON=..\..\build\icons\kuntapalaute.ico
;            /DOUT_FILE=..\..\dist\Kuntapalaute-0.1.0-asennus.exe installer\windows\kuntapalaute.nsi
;
; Installs into %LOCALAPPDATA%\Programs\Kuntapalaute, adds a Start-menu shortcut and an entry in
; Settings > Apps for this user. The uninstaller removes only what the installer put there: the
; database, backups and settings (%LOCALAPPDATA%\Kainuun liitto\Kuntapalaute and the registry key
; HKCU\Software\Kainuun liitto\Kuntapalaute written by Qt) are the user's and stay.

Unicode true
!include "MUI2.nsh"

!define APP_NAME "Kuntapalaute"
!define APP_EXE "kuntapalaute.exe"
!define PUBLISHER "Kainuun liitto"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Kuntapalaute"
!ifndef VERSION
  !error "Give the version: makensis /DVERSION=x.y.z (installer/build.py prints it)"
!endif
!ifndef SOURCE_DIR
  !define SOURCE_DIR "..\..\dist\kuntapalaute"
!endif
!ifndef ICON
  !define ICON "..\..\build\icons\kuntapalaute.ico"
!endif
!ifndef OUT_FILE
  !define OUT_FILE "..\..\dist\Kuntapalaute-${VERSION}-asennus.exe"
!endif

Name "${APP_NAME} ${VERSION}"
OutFile "${OUT_FILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
SetCompressor /SOLID lzma
ShowInstDetails hide
BrandingText "${PUBLISHER}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP_NAME} ${VERSION} -asennus"
VIAddVersionKey /LANG=0 "LegalCopyright" "${PUBLISHER}, EUPL-1.2"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Finnish"
!insertmacro MUI_LANGUAGE "English"

Section "Kuntapalaute" SecApp
  SectionIn RO
  SetShellVarContext current
  ; an upgrade replaces the program files; the user's data lives elsewhere and is not touched
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${SOURCE_DIR}/*"
  WriteUninstaller "$INSTDIR\poista-kuntapalaute.exe"
  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\poista-kuntapalaute.exe"'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  ; only what the installer wrote: never RMDir /r "$INSTDIR" (the user may have chosen a folder
  ; with other files in it), never the data folder or Qt's settings key
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\VERSION"
  Delete "$INSTDIR\poista-kuntapalaute.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
SectionEnd
