// TRIMP, session load, daily sums, ATL, CTL, form and ratio against hand-computed values.
#include "catch.hpp"

#include <cmath>

#include "runmassage/error.hpp"
#include "runmassage/training_load.hpp"
#include "support.hpp"

using namespace runmassage;
using runmassage::test::day;

namespace {
Activity session(const char* iso, double minutes, std::optional<double> avg_hr = std::nullopt,
                 Sport sport = Sport::run, std::string kind = "") {
  Activity a;
  a.day = day(iso);
  a.minutes = minutes;
  a.avg_hr = avg_hr;
  a.sport = sport;
  a.kind = std::move(kind);
  return a;
}
}  // namespace

TEST_CASE("Banister TRIMP for men and women", "[load]") {
  // HRr = (150 − 50) / (190 − 50) = 0.714285714…
  // men:   60 × 0.7142857 × 0.64 × e^(1.92 × 0.7142857) = 27.428571 × e^1.3714286
  //        = 27.428571 × 3.9409766 = 108.0954
  // women: 60 × 0.7142857 × 0.86 × e^(1.67 × 0.7142857) = 36.857143 × e^1.1928571
  //        = 36.857143 × 3.2964863 = 121.4991
  HeartRateProfile man{50, 190, Sex::male};
  HeartRateProfile woman{50, 190, Sex::female};
  double hrr = 100.0 / 140.0;
  CHECK(*banister_trimp(60, 150, man) == Approx(60 * hrr * 0.64 * std::exp(1.92 * hrr)));
  CHECK(*banister_trimp(60, 150, man) == Approx(108.0953593).epsilon(1e-9));
  CHECK(*banister_trimp(60, 150, woman) == Approx(121.4990664).epsilon(1e-9));
  CHECK(*banister_trimp(60, 40, man) == 0.0);  // below rest: HRr held at 0
  // Above max: HRr held at 1: 60 × 0.64 × e^1.92 = 38.4 × 6.8209585 = 261.9248
  CHECK(*banister_trimp(60, 200, man) == Approx(261.9248052).epsilon(1e-9));
  CHECK_FALSE(banister_trimp(60, 150, HeartRateProfile{190, 50, Sex::male}));
  CHECK_FALSE(banister_trimp(-1, 150, man));
}

TEST_CASE("session load: TRIMP with heart rate, else minutes × factor", "[load]") {
  LoadFactors factors;
  factors.run_per_minute = 1.0;
  factors.other_per_minute = 0.5;
  factors.kind_per_minute = {{"long", 1.2}, {"hard", 2.0}};
  HeartRateProfile man{50, 190, Sex::male};
  CHECK(*session_load(session("2024-05-01", 60, 150), man, factors) ==
        Approx(108.0953593).epsilon(1e-9));
  CHECK(*session_load(session("2024-05-01", 60, 150), std::nullopt, factors) == 60.0);
  CHECK(*session_load(session("2024-05-01", 90, {}, Sport::run, "long"), man, factors) ==
        Approx(108.0));  // 90 × 1.2
  CHECK(*session_load(session("2024-05-01", 40, {}, Sport::run, "hard"), man, factors) == 80.0);
  CHECK(*session_load(session("2024-05-01", 60, {}, Sport::other, "hard"), man, factors) ==
        30.0);  // not a run: the other-sport factor whatever the kind
  Activity no_time = session("2024-05-01", 0);
  no_time.minutes.reset();
  CHECK_FALSE(session_load(no_time, man, factors));
}

TEST_CASE("daily loads are summed per day", "[load]") {
  LoadFactors factors;
  factors.run_per_minute = 1.0;
  factors.other_per_minute = 0.5;
  auto daily = daily_loads({session("2024-05-02", 30), session("2024-05-01", 60),
                            session("2024-05-02", 20, {}, Sport::other)},
                           std::nullopt, factors);
  REQUIRE(daily.size() == 2);
  CHECK(to_iso(daily[0].day) == "2024-05-01");
  CHECK(daily[0].load == 60.0);
  CHECK(to_iso(daily[1].day) == "2024-05-02");
  CHECK(daily[1].load == 40.0);  // 30 + 20 × 0.5
}

TEST_CASE("ATL, CTL, form and ratio against hand-computed values", "[load]") {
  // λ7 = 1 − e^(−1/7) = 0.1331221002, λ42 = 1 − e^(−1/42) = 0.0235283135.
  // Day 1 (load 100): ATL = 13.31221002, CTL = 2.35283135, form = 0 (the day before).
  // Day 2 (load 0):   ATL = 13.31221002 × 0.8668778998 = 11.54006067,
  //                   CTL = 2.35283135 × 0.9764716865 = 2.29747318,
  //                   form = 2.35283135 − 13.31221002 = −10.95937869.
  // Day 3 (load 50):  ATL = 11.54006067 + 0.1331221002 × (50 − 11.54006067) = 16.65992857,
  //                   CTL = 2.29747318 + 0.0235283135 × (50 − 2.29747318) = 3.41983318,
  //                   form = 2.29747318 − 11.54006067 = −9.24258749,
  //                   ratio = 16.65992857 / 3.41983318 = 4.87156177.
  std::vector<DailyLoad> daily{
      {day("2024-05-01"), 100}, {day("2024-05-03"), 50}, {day("2024-05-09"), 70}};
  auto series = load_series(daily, day("2024-05-03"), LoadModel{});
  REQUIRE(series.size() == 3);
  CHECK(series[0].acute == Approx(13.31221002).epsilon(1e-9));
  CHECK(series[0].chronic == Approx(2.35283135).epsilon(1e-8));
  CHECK(series[0].form == 0.0);
  CHECK(series[1].load == 0.0);
  CHECK(series[1].acute == Approx(11.54006067).epsilon(1e-9));
  CHECK(series[1].chronic == Approx(2.29747318).epsilon(1e-8));
  CHECK(series[1].form == Approx(-10.95937869).epsilon(1e-9));
  CHECK(series[2].acute == Approx(16.65992857).epsilon(1e-9));
  CHECK(series[2].chronic == Approx(3.41983318).epsilon(1e-8));
  CHECK(series[2].form == Approx(-9.24258749).epsilon(1e-9));
  CHECK(*series[2].ratio == Approx(4.87156177).epsilon(1e-8));
}

TEST_CASE("load facts need seven days of history", "[load]") {
  std::vector<DailyLoad> daily{{day("2024-05-01"), 100}};
  LoadModel model;
  CHECK_FALSE(load_on(daily, day("2024-04-30"), model));  // before any history
  CHECK_FALSE(load_on(daily, day("2024-05-06"), model));  // six days: 05-01 … 05-06
  auto seventh = load_on(daily, day("2024-05-07"), model);
  REQUIRE(seventh);
  // Six days without load after day 1: ATL = 13.31221002 × e^(−6/7) = 5.64934045.
  CHECK(seventh->acute ==
        Approx(100 * (1 - std::exp(-1.0 / 7)) * std::exp(-6.0 / 7)).epsilon(1e-12));
  CHECK(seventh->acute == Approx(5.64934045).epsilon(1e-8));
  CHECK_FALSE(load_on({}, day("2024-05-07"), model));
  CHECK_THROWS_AS(load_series(daily, day("2024-05-07"), LoadModel{0, 42, 7}), UsageError);
}
