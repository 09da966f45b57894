# One INTERFACE target carries the warning flags and Qt's strictness macros; every target of the
# project links it, so nothing is set globally.
add_library(scimmon_config INTERFACE)
add_library(scimmon::config ALIAS scimmon_config)

target_compile_features(scimmon_config INTERFACE cxx_std_20)

target_compile_definitions(scimmon_config INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    SCIMMON_VERSION="${PROJECT_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(scimmon_config INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
        -Wunused -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough)
    if(SCIMMON_WARNINGS_AS_ERRORS)
        target_compile_options(scimmon_config INTERFACE -Werror)
    endif()
endif()

# The reverse-DNS application id, one for everything: the desktop entry and the AppStream
# metainfo (packaging/), the icon name, QGuiApplication::desktopFileName (app/main.cpp) and the
# keychain service name. Qt's organisation domain, scimmonitor.org, is its reversed prefix.
set(SCIMMON_APP_ID "org.scimmonitor.ScimMonitor")
target_compile_definitions(scimmon_config INTERFACE SCIMMON_APP_ID="${SCIMMON_APP_ID}")
