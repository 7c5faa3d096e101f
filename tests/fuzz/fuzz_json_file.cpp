// libFuzzer harness: the generic JSON path every data loader uses — core::loadJsonFile
// (size cap, nesting pre-scan, nlohmann parse, line:column errors) and the typed field
// helpers under core::withJsonErrors, applied to whatever the document holds.
#include <cstdint>
#include <string>

#include "core/json_file.h"
#include "fuzz_support.h"

using namespace spineview;

namespace {

// Reads every member of an object through each typed helper; every failure must come back
// as an error, never as an exception.
void probe(const std::filesystem::path& file, const nlohmann::json& doc, const std::string& pointer, int depth) {
  if (depth > 4 || !doc.is_object()) return;
  for (const auto& item : doc.items()) {
    const std::string key = item.key();  // a named copy: lambdas cannot capture bindings in C++20 before clang 16
    (void)core::withJsonErrors<double>(file, [&] { return core::requireNumber(doc, key, pointer); });
    (void)core::withJsonErrors<double>(file, [&] { return core::requireNumberIn(doc, key, pointer, -90.0, 90.0); });
    (void)core::withJsonErrors<std::string>(file, [&] { return core::requireString(doc, key, pointer); });
    (void)core::withJsonErrors<std::size_t>(file, [&] { return core::requireArray(doc, key, pointer).size(); });
    (void)core::withJsonErrors<std::size_t>(file, [&] { return core::requireObject(doc, key, pointer).size(); });
    probe(file, item.value(), pointer + "/" + key, depth + 1);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto file = fuzz::writeInput("data.json", data, size);
  auto doc = core::loadJsonFile(file);
  if (!doc) {
    // Every error names the file (the first thing the user sees).
    if (doc.message().rfind(file.string(), 0) != 0) __builtin_trap();
    return 0;
  }
  probe(file, *doc, "", 0);
  (void)core::withJsonErrors<std::string>(file, [&] { return core::requireString(*doc, "missing", ""); });
  return 0;
}
