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

# scimmon_add_library(<target> FOLDER <include path> SOURCES <file>... [PUBLIC <lib>...] [PRIVATE <lib>...])
# One folder, one static library. Its headers are published under FOLDER in an include root of
# the target's own (symbolic links in the build tree), and a target sees only the roots of the
# libraries it links: `#include "store/store.h"` compiles in a folder that links the store and
# fails in one that does not, so a wrong include breaks the build. Includes are always written
# from the root ("scim/filter.h"), never relative ("../scim/filter.h"; scripts/lint.sh refuses those).
function(scimmon_add_library target)
    cmake_parse_arguments(L "" "FOLDER" "SOURCES;PUBLIC;PRIVATE" ${ARGN})
    add_library(${target} STATIC ${L_SOURCES})
    set(root "${PROJECT_BINARY_DIR}/include/${target}")
    file(REMOVE_RECURSE "${root}")
    foreach(src IN LISTS L_SOURCES)
        if(src MATCHES "\\.h$")
            get_filename_component(abs "${src}" ABSOLUTE)
            file(RELATIVE_PATH rel "${CMAKE_CURRENT_SOURCE_DIR}" "${abs}")
            get_filename_component(dir "${root}/${L_FOLDER}/${rel}" DIRECTORY)
            file(MAKE_DIRECTORY "${dir}")
            file(CREATE_LINK "${abs}" "${root}/${L_FOLDER}/${rel}" SYMBOLIC)
        endif()
    endforeach()
    target_include_directories(${target} PUBLIC "${root}")
    target_link_libraries(${target} PUBLIC ${L_PUBLIC} scimmon::config PRIVATE ${L_PRIVATE})
endfunction()

# scimmon_use_jemalloc(<executable>)
# jemalloc (Debian's libjemalloc) replaces glibc's malloc for the whole process when SCIMMON_JEMALLOC
# is on: the receiver allocates and frees many small blocks per request (Qt's strings, JSON, query
# values), and glibc's allocator took 13% of its thread's time in the provisioning cycle. The
# library itself sits between the flags (not an imported target, whose files CMake would place
# elsewhere), so that a linker that drops unneeded libraries by default keeps it, ahead of libc in
# the lookup order. The executable and the benchmarks that host a receiver or the window use it.
function(scimmon_use_jemalloc target)
    if(NOT SCIMMON_JEMALLOC)
        return()
    endif()
    find_package(PkgConfig REQUIRED)
    pkg_check_modules(JEMALLOC REQUIRED jemalloc)
    target_link_libraries(${target} PRIVATE "-Wl,--push-state,--no-as-needed" ${JEMALLOC_LINK_LIBRARIES} "-Wl,--pop-state")
endfunction()
