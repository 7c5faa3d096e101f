// The one place where an importer's exceptions become an error message, so no exception
// from tinygltf, Assimp, nlohmann::json or the standard library leaves the loader.
#pragma once

#include <exception>
#include <new>
#include <string>

#include "core/result.h"

namespace spineview::io {

// Runs `body` (returning core::Result<T>); any exception becomes a failed Result. Messages
// do not name the file: loadModel prefixes it.
template <typename T, typename Body>
core::Result<T> guardImport(Body&& body) {
  try {
    return body();
  } catch (const std::bad_alloc&) {
    return core::fail("out of memory while loading (the file asks for too much)");
  } catch (const std::exception& e) {
    return core::fail(std::string("malformed file (") + e.what() + ")");
  } catch (...) {
    return core::fail("malformed file (unknown exception)");
  }
}

}  // namespace spineview::io
