// SPINEVIEW_CHECK: for programming errors and broken invariants. Prints the expression,
// file and line, then aborts. Never use it for user input: return a core::Result instead.
#pragma once

#include <cstdio>
#include <cstdlib>

#define SPINEVIEW_CHECK(cond, msg)                                                        \
  do {                                                                                    \
    if (!(cond)) {                                                                        \
      std::fprintf(stderr, "spineview: internal error: %s (%s) at %s:%d\n", (msg), #cond, \
                   __FILE__, __LINE__);                                                   \
      std::abort();                                                                       \
    }                                                                                     \
  } while (0)
