@echo off
rem neam-lsp launcher for Windows: runs neam-lsp.jar beside this script (as installed from a
rem release), else the one Maven builds in a checkout (..\lsp\target\neam-lsp.jar); NEAM_LSP_JAR
rem names another. Uses %JAVA_HOME%\bin\java.exe when JAVA_HOME is set, otherwise java from PATH.
setlocal
set "jar=%NEAM_LSP_JAR%"
if not defined jar if exist "%~dp0neam-lsp.jar" set "jar=%~dp0neam-lsp.jar"
if not defined jar set "jar=%~dp0..\lsp\target\neam-lsp.jar"
if not exist "%jar%" (
    echo neam-lsp: %jar% not found; put neam-lsp.jar beside this script, or build it with mvnw.cmd -B package 1>&2
    exit /b 2
)
set "java=java"
if defined JAVA_HOME set "java=%JAVA_HOME%\bin\java.exe"
rem lint is a short batch run: the C1 compiler alone and the serial collector halve its CPU time.
set "opts="
if "%~1"=="lint" set "opts=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
if defined NEAM_LSP_JAVA_OPTS set "opts=%NEAM_LSP_JAVA_OPTS%"
"%java%" %opts% -jar "%jar%" %*
exit /b %ERRORLEVEL%
