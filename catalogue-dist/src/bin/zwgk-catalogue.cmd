@echo off
rem zwgk-catalogue command line launcher (Windows cmd).
rem
rem Finds Java 17 or later (JAVA_HOME first, then PATH) and runs the command line from this archive's lib folder,
rem from any directory, with spaces and Chinese characters in paths. The command line writes UTF-8 to the
rem terminal, so the console is switched to code page 65001 for the run and given back its own code page (936
rem on a Chinese Windows) afterwards; report files are UTF-8 whatever the system's charset.
rem
rem Repeated runs start faster: an AppCDS archive is kept in %LOCALAPPDATA%\zwgk-catalogue, made on the first
rem run, used after; its name carries the version, the jars' count and size and the Java version, so a stale or
rem foreign archive is never picked up, and one the JVM rejects anyway is ignored, never an error.
rem
rem bin\zwgk-catalogue-server.cmd runs the web checker (server\catalogue-server.jar) through this launcher,
rem without the archive: a server starts once.
rem
rem Environment: JAVA_HOME; ZWGK_CATALOGUE_OPTS (extra JVM options; they come last and win); ZWGK_CATALOGUE_CDS=off (no archive).
rem Exit codes are the command line's (0, 1, 2, 3); 4 when no usable Java is found.
rem This file must stay ASCII above the line marked UTF-8 below, which cmd reads after the switch to 65001.
setlocal EnableExtensions DisableDelayedExpansion

for %%I in ("%~dp0..") do set "ZWGK_HOME=%%~fI"

rem The archive is made by a run of check, the command it is for (a first --version would make a poor one).
rem A check of one file is over before the optimising compiler pays off: it runs on the quick compiler alone;
rem a batch (a folder among the arguments) keeps the full compiler.
set "ZWGK_LANG=zh"
set "ZWGK_IS_CHECK="
set "ZWGK_JIT=-XX:TieredStopAtLevel=1"
set "ZWGK_PREV="
for %%A in (%*) do call :lang_arg "%%~A"

rem The console's code page, to give back at the end ("Active code page: 936." or its translation).
set "ZWGK_CP="
for /f "tokens=2 delims=:" %%C in ('chcp') do set "ZWGK_CP=%%C"
if defined ZWGK_CP set "ZWGK_CP=%ZWGK_CP: =%"
if defined ZWGK_CP set "ZWGK_CP=%ZWGK_CP:.=%"
chcp 65001 >nul 2>&1

rem Java: JAVA_HOME when it holds a java.exe, else the first java on PATH.
set "ZWGK_JAVA="
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "ZWGK_JAVA=%JAVA_HOME%\bin\java.exe"
if not defined ZWGK_JAVA for /f "delims=" %%J in ('where java.exe 2^>nul') do if not defined ZWGK_JAVA set "ZWGK_JAVA=%%~fJ"
if not defined ZWGK_JAVA goto java_missing

rem Its version: from the JDK's release file, else from java -version.
set "ZWGK_JV="
for %%J in ("%ZWGK_JAVA%") do set "ZWGK_RELEASE=%%~dpJ..\release"
if exist "%ZWGK_RELEASE%" for /f "usebackq tokens=2 delims==" %%V in (`findstr /b /c:"JAVA_VERSION=" "%ZWGK_RELEASE%"`) do set "ZWGK_JV=%%~V"
rem "call" keeps cmd from stripping the quotes around a path with spaces.
if not defined ZWGK_JV for /f "tokens=1-3" %%A in ('call "%ZWGK_JAVA%" -version 2^>^&1') do if /i "%%B"=="version" if not defined ZWGK_JV set "ZWGK_JV=%%~C"
if not defined ZWGK_JV goto java_old
for /f "tokens=1 delims=.+-" %%M in ("%ZWGK_JV%") do set "ZWGK_JMAJOR=%%M"
set /a ZWGK_JMAJOR=ZWGK_JMAJOR+0 >nul 2>&1
if %ZWGK_JMAJOR% LSS 17 goto java_old

rem The startup archive (AppCDS), keyed by this install's version, its jars' count and size, and the Java version.
set "ZWGK_CDS_MODE="
if /i "%ZWGK_CATALOGUE_APP%"=="server" goto run_server
if /i "%ZWGK_CATALOGUE_CDS%"=="off" goto run
if not defined LOCALAPPDATA goto run
set "ZWGK_CACHE=%LOCALAPPDATA%\zwgk-catalogue"
if not exist "%ZWGK_CACHE%\" mkdir "%ZWGK_CACHE%" >nul 2>&1
if not exist "%ZWGK_CACHE%\" goto run
set /a ZWGK_COUNT=0, ZWGK_BYTES=0
for %%F in ("%ZWGK_HOME%\lib\*.jar") do set /a ZWGK_COUNT+=1, ZWGK_BYTES+=%%~zF >nul
set "ZWGK_CDS=%ZWGK_CACHE%\cds-java%ZWGK_JV%-%ZWGK_COUNT%-%ZWGK_BYTES%.jsa"
rem A file far smaller than any archive (they are megabytes) is foreign or broken; Java 19+ would take it for a
rem base archive and warn on every run. Removed, so that this run makes a new one.
for %%F in ("%ZWGK_CDS%") do if exist "%%~fF" if %%~zF LSS 65536 del /q "%%~fF" >nul 2>&1
if defined ZWGK_IS_CHECK set "ZWGK_CDS_MODE=dump"
if defined ZWGK_IS_CHECK if %ZWGK_JMAJOR% GEQ 19 set "ZWGK_CDS_MODE=auto"
if exist "%ZWGK_CDS%" set "ZWGK_CDS_MODE=use"
if exist "%ZWGK_CDS%" if %ZWGK_JMAJOR% GEQ 19 set "ZWGK_CDS_MODE=auto"

:run
rem No parenthesised blocks around paths or arguments: a ")" in "Program Files (x86)" would end the block.
set ZWGK_OPTS=-Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 %ZWGK_JIT%
set ZWGK_XCDS=-Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off
if "%ZWGK_CDS_MODE%"=="auto" goto run_auto
if "%ZWGK_CDS_MODE%"=="use" goto run_use
if "%ZWGK_CDS_MODE%"=="dump" goto run_dump
"%ZWGK_JAVA%" %ZWGK_OPTS% %ZWGK_CATALOGUE_OPTS% -cp "%ZWGK_HOME%\lib\*" org.zwgk.catalogue.cli.Main %*
set "ZWGK_STATUS=%ERRORLEVEL%"
goto finish
:run_server
"%ZWGK_JAVA%" -Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 %ZWGK_CATALOGUE_OPTS% -jar "%ZWGK_HOME%\server\catalogue-server.jar" %*
set "ZWGK_STATUS=%ERRORLEVEL%"
goto finish
:run_auto
"%ZWGK_JAVA%" %ZWGK_OPTS% %ZWGK_XCDS% -XX:+AutoCreateSharedArchive "-XX:SharedArchiveFile=%ZWGK_CDS%" %ZWGK_CATALOGUE_OPTS% -cp "%ZWGK_HOME%\lib\*" org.zwgk.catalogue.cli.Main %*
set "ZWGK_STATUS=%ERRORLEVEL%"
goto finish
:run_use
"%ZWGK_JAVA%" %ZWGK_OPTS% %ZWGK_XCDS% "-XX:SharedArchiveFile=%ZWGK_CDS%" %ZWGK_CATALOGUE_OPTS% -cp "%ZWGK_HOME%\lib\*" org.zwgk.catalogue.cli.Main %*
set "ZWGK_STATUS=%ERRORLEVEL%"
goto finish
:run_dump
rem Java 17 and 18 write the archive at exit: under a temporary name, moved into place when whole.
"%ZWGK_JAVA%" %ZWGK_OPTS% %ZWGK_XCDS% "-XX:ArchiveClassesAtExit=%ZWGK_CDS%.%RANDOM%.tmp" %ZWGK_CATALOGUE_OPTS% -cp "%ZWGK_HOME%\lib\*" org.zwgk.catalogue.cli.Main %*
set "ZWGK_STATUS=%ERRORLEVEL%"
for %%T in ("%ZWGK_CDS%.*.tmp") do move /y "%%~fT" "%ZWGK_CDS%" >nul 2>&1
goto finish

:lang_arg
if /i "%ZWGK_PREV%"=="--lang" set "ZWGK_LANG=%~1"
if /i "%~1"=="--lang=en" set "ZWGK_LANG=en"
if /i "%~1"=="--lang=zh" set "ZWGK_LANG=zh"
if /i "%~1"=="check" set "ZWGK_IS_CHECK=yes"
if not "%~1"=="" if exist "%~1\*" set "ZWGK_JIT=-XX:TieredStopAtLevel=4"
set "ZWGK_PREV=%~1"
goto :eof

:java_old
set "ZWGK_FOUND=%ZWGK_JV%"
if not defined ZWGK_FOUND set "ZWGK_FOUND=?"
set "ZWGK_STATUS=4"
goto java_message

:java_missing
set "ZWGK_FOUND="
set "ZWGK_STATUS=4"
goto java_message

:finish
if defined ZWGK_CP chcp %ZWGK_CP% >nul 2>&1
exit /b %ZWGK_STATUS%

rem ---- UTF-8 below this line: read by cmd after the switch to code page 65001 (launcher.java.missing / .old). ----
:java_message
if /i "%ZWGK_LANG:~0,2%"=="en" goto java_message_en
if defined ZWGK_FOUND goto java_old_zh
echo zwgk-catalogue 需要 Java 17 或更高版本，在 JAVA_HOME 和 PATH 中均未找到 Java：请从 https://adoptium.net/zh-CN/ 安装，并将 JAVA_HOME 设为其安装目录。 1>&2
goto finish
:java_old_zh
echo zwgk-catalogue 需要 Java 17 或更高版本，找到的是 Java %ZWGK_FOUND%（%ZWGK_JAVA%）：请从 https://adoptium.net/zh-CN/ 安装，并将 JAVA_HOME 设为其安装目录。 1>&2
goto finish
:java_message_en
if defined ZWGK_FOUND goto java_old_en
echo zwgk-catalogue needs Java 17 or later, found none in JAVA_HOME or PATH: install it from https://adoptium.net/ and set JAVA_HOME to its folder. 1>&2
goto finish
:java_old_en
echo zwgk-catalogue needs Java 17 or later, found Java %ZWGK_FOUND% at %ZWGK_JAVA%: install it from https://adoptium.net/ and set JAVA_HOME to its folder. 1>&2
goto finish
