#include "education/readability.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <string>

namespace spineview::app::education {

namespace {

bool isVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }
bool isLetter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool isDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// Syllables of a whole number read aloud ("21" → twenty-one → 3).
int numberSyllables(long long n) {
  static constexpr std::array<int, 20> kSmall{2, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 3, 1, 2, 2, 2, 2, 3, 2, 2};  // zero … nineteen
  static constexpr std::array<int, 10> kTens{0, 0, 2, 2, 2, 2, 2, 3, 2, 2};                             // twenty … ninety
  if (n < 20) return kSmall[static_cast<std::size_t>(n)];
  if (n < 100) return kTens[static_cast<std::size_t>(n / 10)] + (n % 10 ? kSmall[static_cast<std::size_t>(n % 10)] : 0);
  if (n < 1000) return kSmall[static_cast<std::size_t>(n / 100)] + 2 + (n % 100 ? numberSyllables(n % 100) : 0);  // "hundred"
  if (n < 1000000) return numberSyllables(n / 1000) + 2 + (n % 1000 ? numberSyllables(n % 1000) : 0);             // "thousand"
  return numberSyllables(n / 1000000) + 2 + (n % 1000000 ? numberSyllables(n % 1000000) : 0);                     // "million"
}

// "0.5" → zero point five; "1,200" → one thousand two hundred.
int digitsSyllables(const std::string& token) {
  std::string whole, fraction;
  bool afterPoint = false;
  for (char c : token) {
    if (c == '.') afterPoint = true;
    else if (isDigit(c)) (afterPoint ? fraction : whole) += c;
  }
  int n = whole.empty() ? 0 : numberSyllables(std::min(999999999LL, std::stoll(whole.substr(0, 9))));
  if (!fraction.empty()) {
    n += 1;  // "point"
    for (char c : fraction) n += numberSyllables(c - '0');
  }
  return std::max(1, n);
}

// Letters spelled out: every letter is one syllable except W (double-u).
int spelledSyllables(std::string_view letters) {
  int n = 0;
  for (char c : letters) n += (c == 'w' || c == 'W') ? 3 : 1;
  return n;
}

bool containsAt(const std::string& w, std::size_t i, std::string_view text) {
  return i + text.size() <= w.size() && w.compare(i, text.size(), text) == 0;
}

// Vowel pairs that one vowel group hides but speech splits in two: "period", "radio",
// "area", "create", "fluid", "science". Pairs inside endings spoken as one ("-tion",
// "-cious", "-gion", "people") are left alone.
int splitVowelPairs(const std::string& w) {
  int extra = 0;
  for (std::size_t i = 0; i + 1 < w.size(); ++i) {
    const char a = w[i], b = w[i + 1];
    const char before = i > 0 ? w[i - 1] : '\0';
    const bool last = i + 2 == w.size();
    bool split = false;
    if (a == 'i' && (b == 'a' || b == 'o' || b == 'u')) {
      // "ia", "io", "iu" split unless they follow c, t, s, x, g as in -tion, -cious, -gion, -sia.
      split = !(before == 'c' || before == 't' || before == 's' || before == 'x' || before == 'g');
      if (before == 's' && b == 'u') split = true;  // "gymnasium"
    } else if (a == 'e' && b == 'o') {
      split = !(before == 'p' || before == 'g' || before == 'c');  // "people", "pigeon", "ocean"-like
    } else if (a == 'u' && (b == 'a' || b == 'o' || b == 'i')) {
      split = !(before == 'q' || before == 'g' || before == 'b' || before == 's');  // "quiet" is qu + iet; "build", "suit"
      if (b == 'i' && (before == 'r' || before == 'n')) split = false;                  // "fruit", "nuisance"
    } else if (a == 'e' && b == 'a') {
      split = last || containsAt(w, i, "eate") || (containsAt(w, i, "eal") && containsAt(w, i + 3, "i")) ||
              (i == 1 && containsAt(w, 0, "reac"));  // "area", "create", "realise", "react"
    } else if (a == 'i' && b == 'e') {
      split = containsAt(w, i, "ience") && (before == 'c' || before == 'r');  // "science", "experience"
      if (containsAt(w, i, "iet") || (containsAt(w, i, "ier") && !last && before != 'r')) split = true;  // "quiet", "society"
    } else if (a == 'u' && b == 'e') {
      split = containsAt(w, i, "uel");  // "cruel", "fuel"
    } else if (a == 'o' && b == 'a') {
      split = containsAt(w, i, "oa") && before == 'c' && i == 1 && w.size() > 5;  // "coalition"
    }
    if (split) ++extra;
  }
  return extra;
}

int wordSyllables(std::string w) {
  for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (w.size() > 2 && w.compare(w.size() - 2, 2, "'s") == 0) w.resize(w.size() - 2);
  w.erase(std::remove_if(w.begin(), w.end(), [](char c) { return !isLetter(c); }), w.end());
  if (w.empty()) return 0;
  if (w.size() <= 3) {
    // Short words: one vowel group is one syllable ("the", "arm"); none at all is spelled ("mm").
    bool vowel = false;
    for (char c : w) vowel |= isVowel(c);
    if (!vowel) return spelledSyllables(w);
  }
  int count = 0;
  bool previousVowel = false;
  for (std::size_t i = 0; i < w.size(); ++i) {
    const char c = w[i];
    const bool vowel = isVowel(c) && !(c == 'y' && i == 0);  // a leading y is a consonant ("yes")
    if (vowel && !previousVowel) ++count;
    previousVowel = vowel;
  }
  const auto ends = [&](std::string_view suffix) {
    return w.size() >= suffix.size() && std::string_view(w).substr(w.size() - suffix.size()) == suffix;
  };
  const auto at = [&](std::size_t fromEnd) { return fromEnd <= w.size() ? w[w.size() - fromEnd] : '\0'; };
  // Silent final e ("make", "bone"), but not "-le" after a consonant ("ankle") or a lone "e" ("the").
  if (ends("e") && w.size() > 2 && !ends("ee") && !(ends("le") && !isVowel(at(3))) && count > 1 && !isVowel(at(2))) --count;
  // "-ed" is silent except after t or d ("stretched" 1, "rested" 2).
  if (ends("ed") && w.size() > 3 && at(3) != 't' && at(3) != 'd' && !isVowel(at(3)) && count > 1) --count;
  // "-es" is silent except after s, x, z, ch, sh, ce, ge ("bones" 1, "boxes" 2, "muscles" 2).
  if (ends("es") && w.size() > 3 && !isVowel(at(3)) && at(3) != 's' && at(3) != 'x' && at(3) != 'z' &&
      !(at(3) == 'h' && (at(4) == 'c' || at(4) == 's')) && at(3) != 'c' && at(3) != 'g' && !(at(3) == 'l' && !isVowel(at(4))) &&
      count > 1)
    --count;
  // A silent e inside a word before a suffix ("forceful", "safely", "movement").
  for (std::string_view suffix : {"eful", "efully", "ely", "ement", "ements", "eness", "eless"}) {
    if (ends(suffix) && w.size() > suffix.size() + 1 && !isVowel(at(suffix.size() + 1)) && count > 1) {
      --count;
      break;
    }
  }
  // A vowel before "-ing" is its own syllable ("being", "going", "lying").
  if (ends("ing") && w.size() > 4 && isVowel(at(4))) ++count;
  // "some" inside a compound keeps its e silent ("something", "someone", "sometimes").
  if (w.size() > 5 && w.compare(0, 4, "some") == 0 && !isVowel(w[4])) --count;
  // "every" is two syllables in speech ("everyday" is three).
  if (w.find("every") != std::string::npos) --count;
  // "co-" before a vowel starts a syllable of its own ("coordination", "cooperate").
  if (w.size() > 5 && (w.compare(0, 4, "coor") == 0 || w.compare(0, 4, "coop") == 0)) ++count;
  // Vowel pairs spoken as two syllables.
  count += splitVowelPairs(w);
  // "-ism" and "-isms" ("prism"): the m is syllabic.
  if (ends("ism") || ends("isms")) ++count;
  return std::max(1, count);
}

}  // namespace

int syllableCount(std::string_view word) {
  std::string w(word);
  bool letters = false, digits = false, lower = false;
  for (char c : w) {
    letters |= isLetter(c);
    digits |= isDigit(c);
    lower |= std::islower(static_cast<unsigned char>(c)) != 0;
  }
  if (!letters && !digits) return 0;
  // Hyphenated: one word, its parts' syllables added.
  if (const auto dash = w.find('-'); dash != std::string::npos && dash > 0 && dash + 1 < w.size())
    return syllableCount(w.substr(0, dash)) + syllableCount(w.substr(dash + 1));
  if (!letters) return digitsSyllables(w);
  if (digits) {
    // "C5", "T12", "V3": letters spelled, number read.
    std::string head, number;
    for (char c : w) (isDigit(c) || (c == '.' && !number.empty()) ? number : head) += c;
    return spelledSyllables(head) + digitsSyllables(number);
  }
  // Capitals are read as a word when they can be ("FAST", "BE") and spelled when not ("CT", "MRI").
  if (!lower && w.size() > 1) {
    const auto vowelAt = [&](std::size_t i) { return i < w.size() && isVowel(static_cast<char>(std::tolower(static_cast<unsigned char>(w[i])))); };
    if (!(vowelAt(0) || vowelAt(1))) return spelledSyllables(w);
  }
  return wordSyllables(w);
}

TextStats textStats(std::string_view text) {
  TextStats stats;
  bool wordsInSentence = false;
  std::string token;
  const auto endWord = [&] {
    if (token.empty()) return;
    // Trim punctuation round the word (keep inner hyphens, points and apostrophes).
    while (!token.empty() && !isLetter(token.back()) && !isDigit(token.back())) token.pop_back();
    std::size_t start = 0;
    while (start < token.size() && !isLetter(token[start]) && !isDigit(token[start])) ++start;
    const std::string word = token.substr(start);
    token.clear();
    const int syllables = syllableCount(word);
    if (syllables == 0) return;
    ++stats.words;
    wordsInSentence = true;
    if (syllables >= 3) {
      ++stats.polysyllables;
      stats.polysyllableWords.push_back(word);
    }
  };
  const auto endSentence = [&] {
    endWord();
    if (wordsInSentence) ++stats.sentences;
    wordsInSentence = false;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool next = i + 1 < text.size();
    if (c == '\n') {
      endSentence();
    } else if (c == '.' || c == '!' || c == '?') {
      // A point between digits is part of a number.
      if (c == '.' && !token.empty() && isDigit(token.back()) && next && isDigit(text[i + 1])) token += c;
      else if (c == '.' && next && text[i + 1] == '.') continue;  // an ellipsis ends once
      else endSentence();
    } else if (std::isspace(static_cast<unsigned char>(c)) || c == '/' || c == '(' || c == ')' || c == ';' || c == ',' || c == ':') {
      endWord();
    } else if (c == '\xE2' && i + 2 < text.size() && text[i + 1] == '\x80' && (text[i + 2] == '\x93' || text[i + 2] == '\x94')) {
      endWord();  // en or em dash: a range or a break, two words
      i += 2;
    } else {
      token += c;
    }
  }
  endSentence();
  return stats;
}

double smogGrade(const TextStats& stats) {
  if (stats.sentences == 0) return 0.0;
  return 1.0430 * std::sqrt(static_cast<double>(stats.polysyllables) * 30.0 / stats.sentences) + 3.1291;
}

}  // namespace spineview::app::education
