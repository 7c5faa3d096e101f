#include "anatomy/levels.h"

#include <gtest/gtest.h>

using namespace spineview::anatomy;

TEST(Levels, NamesRunFromOcciputToT12) {
  EXPECT_EQ(vertebraName(Vertebra::C0), "C0");
  EXPECT_EQ(vertebraName(Vertebra::T12), "T12");
  EXPECT_EQ(vertebraLongName(Vertebra::C1), "atlas (C1)");
  EXPECT_EQ(segmentName(0), "C0\u2013C1");
  EXPECT_EQ(segmentName(kSegmentCount - 1), "T11\u2013T12");
  EXPECT_EQ(segmentName(index(Vertebra::C7)), "C7\u2013T1");
}

TEST(Levels, ParsingAcceptsWhatPeopleType) {
  EXPECT_EQ(parseVertebra("c5"), Vertebra::C5);
  EXPECT_EQ(parseVertebra("T10"), Vertebra::T10);
  EXPECT_FALSE(parseVertebra("L1").has_value());
  EXPECT_EQ(parseSegment("C5-C6"), index(Vertebra::C5));
  EXPECT_EQ(parseSegment("C5\u2013C6"), index(Vertebra::C5));
  EXPECT_EQ(parseSegment("C5/6"), index(Vertebra::C5));
  EXPECT_EQ(parseSegment("C7-T1"), index(Vertebra::C7));
  EXPECT_FALSE(parseSegment("C5-C7").has_value()) << "not adjacent";
  EXPECT_FALSE(parseSegment("C5").has_value());
}
