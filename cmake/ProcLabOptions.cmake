# SPDX-License-Identifier: MIT
# One INTERFACE target carries the language level, warnings and Qt hygiene defines; every ProcLab
# target links it so that no target can quietly build with weaker settings.
add_library(proclab_options INTERFACE)
target_compile_features(proclab_options INTERFACE cxx_std_17)
target_compile_options(proclab_options INTERFACE
  $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Wshadow>)
target_compile_definitions(proclab_options INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_URL_CAST_FROM_STRING
  QT_DISABLE_DEPRECATED_BEFORE=0x060400)

# Sanitizer builds (CMakePresets.json: asan = address,undefined; tsan = thread). Every ProcLab
# target gets the flags through proclab_options; CI runs the suite under both.
set(PROCLAB_SANITIZE "" CACHE STRING "Sanitizers to build with: address,undefined or thread")
if(PROCLAB_SANITIZE)
  target_compile_options(proclab_options INTERFACE -fsanitize=${PROCLAB_SANITIZE}
    -fno-omit-frame-pointer -fno-sanitize-recover=all)
  target_link_options(proclab_options INTERFACE -fsanitize=${PROCLAB_SANITIZE})
endif()
