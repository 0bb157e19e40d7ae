# Settings every CaseLoop target links: warnings on (errors with CASELOOP_WERROR, which `./dev test` sets),
# no implicit conversions from char* to QString, no Qt keywords that clash with other code.
# -Wmissing-field-initializers is off: aggregates such as {tr("Name"), Type::Number} leave members with default
# member initializers out on purpose.
option(CASELOOP_WERROR "Treat compiler warnings as errors" OFF)
add_library(caseloop_compiler_settings INTERFACE)
target_compile_options(caseloop_compiler_settings INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Wunused -Woverloaded-virtual
                                   -Wno-missing-field-initializers>
    $<$<AND:$<CXX_COMPILER_ID:GNU,Clang>,$<BOOL:${CASELOOP_WERROR}>>:-Werror>
    $<$<CXX_COMPILER_ID:MSVC>:/W4 /utf-8 /permissive->
    $<$<AND:$<CXX_COMPILER_ID:MSVC>,$<BOOL:${CASELOOP_WERROR}>>:/WX>)
target_compile_definitions(caseloop_compiler_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
