#include "verbs/open_file.h"

#include "io/model_format.h"
#include "lessons/lesson.h"

namespace spineview::app {

core::Result<std::string> presentLessonCommand(const std::string& lessonIdOrFile) {
  if (lessonIdOrFile.empty()) return core::fail("the lesson name is empty");
  auto file = lessons::resolveLesson(lessonIdOrFile);
  if (!file) return file.error();
  if (auto lesson = lessons::loadLesson(*file); !lesson) return lesson.error();
  std::error_code ec;
  const std::string path = std::filesystem::absolute(*file, ec).string();
  if (ec || path.find_first_of("\"\n\r") != std::string::npos)
    return core::fail("cannot open the lesson " + file->string() + ": its path contains a quote or a line break");
  return "lesson \"" + path + "\"";
}

core::Status addFileToOpen(const std::filesystem::path& file, ViewerRequest& viewer) {
  const std::string extension = file.extension().string();
  if (extension == lessons::kLessonExtension || extension == ".json") {
    auto command = presentLessonCommand(file.string());
    if (!command) return command.error();
    viewer.commands.insert(viewer.commands.begin(), *command);
    return core::Ok{};
  }
  if (io::hasModelExtension(file)) {
    viewer.model.file = file;
    return core::Ok{};
  }
  return core::fail("cannot open " + file.string() + ": spineview opens lessons (" + lessons::kLessonExtension +
                    ", .json) and models (" + io::kModelExtensionList + ")");
}

}  // namespace spineview::app
