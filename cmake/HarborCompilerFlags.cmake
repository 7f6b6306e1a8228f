# SPDX-License-Identifier: GPL-3.0-or-later
# Warning, hardening and sanitizer flags, applied to every target of the tree.

add_compile_options(-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                    -Wcast-align -Wunused -Woverloaded-virtual -Wformat=2)
if(HARBOR_WARNINGS_AS_ERRORS)
  add_compile_options(-Werror)
endif()

if(HARBOR_HARDENING)
  add_compile_options(-fstack-protector-strong)
  # _FORTIFY_SOURCE needs optimisation; it is meaningless (and warns) at -O0.
  add_compile_options($<$<NOT:$<CONFIG:Debug>>:-U_FORTIFY_SOURCE> $<$<NOT:$<CONFIG:Debug>>:-D_FORTIFY_SOURCE=2>)
  add_link_options(-Wl,-z,relro -Wl,-z,now -Wl,-z,noexecstack)
  set(CMAKE_POSITION_INDEPENDENT_CODE ON)
  include(CheckPIESupported)
  check_pie_supported()
endif()

if(HARBOR_SANITIZERS)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

if(HARBOR_LIBFUZZER AND NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  message(FATAL_ERROR "HARBOR_LIBFUZZER needs clang (use the 'fuzz' preset)")
endif()
