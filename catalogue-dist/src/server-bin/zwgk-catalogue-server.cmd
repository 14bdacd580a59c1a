@echo off
rem zwgk-catalogue web checker launcher (Windows cmd): server\catalogue-server.jar, run with the Java that
rem zwgk-catalogue.cmd finds (JAVA_HOME, then PATH; Java 17 or later). Options are the server's, e.g.
rem --server.port=8080 --server.address=127.0.0.1; ZWGK_CATALOGUE_OPTS adds JVM options.
setlocal
set "ZWGK_CATALOGUE_APP=server"
call "%~dp0zwgk-catalogue.cmd" %*
exit /b %ERRORLEVEL%
