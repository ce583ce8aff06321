// The week renderings; all read the same Schedule, so text, Markdown and JSON cannot disagree.
#include "runmassage/render_week.hpp"

#include <algorithm>

#include "runmassage/render.hpp"
#include "runmassage/text.hpp"

namespace runmassage {
namespace {

using nlohmann::ordered_json;

// The suggestions under a table wrap here whatever the table's width: prose reads best short.
constexpr std::size_t prose_width = narrowest_table;

// Columns on screen: UTF-8 continuation bytes take none.
std::size_t display_width(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xc0) != 0x80;
  }));
}

// Appends `text` and spaces up to `size` columns.
void append_padded(std::string& out, std::string_view text, std::size_t size) {
  out += text;
  const std::size_t shown = display_width(text);
  if (shown < size) out.append(size - shown, ' ');
}

// Appends `text` cut to `size` columns, ending in "..." when cut (trailing spaces dropped), in
// `ansi_style` when colour is on; then spaces up to `column` columns. Needs 3 <= size <= column.
void append_cell(std::string& out, std::string_view text, std::size_t size, std::size_t column,
                 std::string_view ansi_style, Colour colour) {
  std::size_t shown = display_width(text);
  if (shown > size) {
    std::size_t kept = 0;
    std::size_t characters = 0;
    for (char c : text) {
      const bool starts_character = (static_cast<unsigned char>(c) & 0xc0) != 0x80;
      if (starts_character && ++characters > size - 3) break;
      ++kept;
    }
    while (kept > 0 && text[kept - 1] == ' ') --kept;  // "with a...", not "with a ..."
    std::string cut(text.substr(0, kept));
    cut += "...";
    shown = display_width(cut);
    append_styled(out, cut, ansi_style, colour);
  } else {
    append_styled(out, text, ansi_style, colour);
  }
  out.append(column - shown, ' ');
}

// The day's workout in a few words: "long 16 mi", "race: marathon", "rest"; blank for none.
std::string workout_cell(const DayPlan& day) {
  if (!day.workout) return "";
  const Workout& workout = *day.workout;
  std::string distance = workout.distance_label;
  if (distance.empty() && workout.km) distance = km_text(*workout.km) + " km";
  if (distance == "half marathon") distance = "half";  // so it fits the column
  if (workout.kind == WorkoutKind::rest) return "rest";
  if (workout.kind == WorkoutKind::race) return distance.empty() ? "race" : "race: " + distance;
  std::string out(kind_name(workout.kind));
  if (!distance.empty()) out += " " + distance;
  return out;
}

const Rule* recommended_rule(const DayPlan& day, const Knowledge& knowledge) {
  if (!day.plan.decision.recommended_rule) return nullptr;
  return &knowledge.rules.rules()[*day.plan.decision.recommended_rule];
}

std::string_view massage_cell(const DayPlan& day, const Knowledge& knowledge) {
  const Rule* rule = recommended_rule(day, knowledge);
  return rule == nullptr ? std::string_view("-")
                         : std::string_view(knowledge.catalogue.types[rule->massage].name);
}

std::string_view why_cell(const DayPlan& day, const Knowledge& knowledge) {
  const Rule* rule = recommended_rule(day, knowledge);
  return rule == nullptr ? std::string_view("no rule recommends a massage")
                         : std::string_view(rule->short_reason);
}

std::string week_heading(const Schedule& schedule, std::size_t index) {
  const WeekPlan& week = schedule.weeks[index];
  std::string out = "Week ";
  out.reserve(80);
  out += std::to_string(index + 1);
  out += " of ";
  out += std::to_string(schedule.weeks.size());
  out += ": ";
  out += to_long(week.start);
  out += " to ";
  out += to_long(add_days(week.start, 6));
  return out;
}

// What a week without a suggested booking says: a week gone by cannot be booked at all.
std::string_view nothing_booked(const Schedule& schedule, const WeekPlan& week) {
  const bool past = schedule.book_from && !week.days.empty() &&
                    week.days.back().plan.date() < *schedule.book_from;
  return past ? "This week is past: nothing to book." : "No booking suggested this week.";
}

// Text for a Markdown table cell: its syntax escaped, and control characters (a calendar
// title's line break or escape sequence) made spaces, so a row stays one line of plain text.
std::string markdown_escape(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
      out += ' ';
      continue;
    }
    if (std::string_view("\\`*_[]<>|#").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

}  // namespace

std::string week_to_text(const Schedule& schedule, const Knowledge& knowledge, Colour colour,
                         std::size_t columns) {
  // The Book column is as wide as the longest massage name shown, so the Why column gets the rest.
  // Long names are cut so the Why column keeps at least min_why columns.
  columns = std::max(columns, narrowest_table);
  constexpr std::size_t workout_width = 15;
  constexpr std::size_t fixed = 4 + 4 + 11 + workout_width + 2;
  constexpr std::size_t min_why = 18;
  std::size_t book_width = 4;
  for (const auto& week : schedule.weeks) {
    for (const auto& day : week.days) {
      book_width = std::max(book_width, display_width(massage_cell(day, knowledge)));
    }
  }
  book_width = std::min(book_width, columns - fixed - min_why);
  const std::size_t why_column = fixed + book_width;
  const std::string why_indent(why_column, ' ');

  std::string header;
  header.reserve(columns);
  header += "    ";
  append_padded(header, "Day", 4);
  append_padded(header, "Date", 11);
  append_padded(header, "Workout", workout_width);
  append_padded(header, "Book", book_width + 2);
  header += "Why";

  std::string out;
  out.reserve(schedule.weeks.size() * 1024);  // a week takes about 900 bytes
  for (std::size_t w = 0; w < schedule.weeks.size(); ++w) {
    const WeekPlan& week = schedule.weeks[w];
    if (w > 0) out += "\n";
    append_styled(out, week_heading(schedule, w), style::bold, colour);
    out += '\n';
    append_styled(out, header, style::bold, colour);
    out += '\n';
    for (const auto& day : week.days) {
      const bool suggested = day.suggested.has_value();
      if (suggested) {
        out += "  ";
        append_styled(out, "*", style::good, colour);
        out += ' ';
      } else {
        out += "    ";
      }
      append_padded(out, weekday_short(day.plan.date()), 4);
      append_padded(out, to_iso(day.plan.date()), 11);
      append_cell(out, workout_cell(day), workout_width - 1, workout_width,
                  day.training == Training::race ? style::warning : std::string_view(), colour);
      append_cell(out, massage_cell(day, knowledge), book_width, book_width + 2,
                  suggested ? style::good : std::string_view(), colour);
      // The reason wraps within its own column: its first line goes on after the row.
      const std::string why = wrap(why_cell(day, knowledge), why_indent, why_indent, columns);
      out.append(why, why_column);
    }
    std::vector<const Suggestion*> booked;
    for (const auto& day : week.days) {
      if (day.suggested) booked.push_back(&schedule.suggestions[*day.suggested]);
    }
    if (booked.empty()) {
      out += "  ";
      out += nothing_booked(schedule, week);
      out += '\n';
      continue;
    }
    out += "  " + styled("*", style::good, colour) + " Suggested:\n";
    for (const Suggestion* suggestion : booked) {
      const std::string lead =
          "    " + weekday_short(suggestion->date) + " " + to_iso(suggestion->date) + "  ";
      const std::string text = knowledge.catalogue.types[suggestion->massage].name + ". " +
                               knowledge.suggestions.picks[suggestion->pick].why;
      out += wrap(text, lead, std::string(lead.size(), ' '), prose_width);
    }
  }
  return out;
}

std::string week_to_markdown(const Schedule& schedule, const Knowledge& knowledge) {
  std::string out;
  for (std::size_t w = 0; w < schedule.weeks.size(); ++w) {
    const WeekPlan& week = schedule.weeks[w];
    if (w > 0) out += "\n";
    out += "## " + week_heading(schedule, w) + "\n\n";
    out += "| Day | Date | Workout | Titles | Book | Why | Suggested |\n";
    out += "| --- | --- | --- | --- | --- | --- | --- |\n";
    for (const auto& day : week.days) {
      std::vector<std::string> titles;
      for (const auto& title : day.titles) titles.push_back(markdown_escape(title));
      std::string book = markdown_escape(massage_cell(day, knowledge));
      if (day.suggested) book.insert(0, "**").append("**");
      out += "| " + weekday_short(day.plan.date()) + " | " + to_iso(day.plan.date()) + " | " +
             markdown_escape(workout_cell(day)) + " | " + join_words(titles, "; ") + " | " + book +
             " | " + markdown_escape(why_cell(day, knowledge)) + " | " +
             (day.suggested
                  ? markdown_escape(
                        knowledge.suggestions.picks[schedule.suggestions[*day.suggested].pick].id)
                  : "") +
             " |\n";
    }
    out += "\n";
    bool any = false;
    for (const auto& day : week.days) {
      if (!day.suggested) continue;
      if (!any) out += "Suggested bookings:\n\n";
      any = true;
      const Suggestion& suggestion = schedule.suggestions[*day.suggested];
      out += "- **" + weekday_short(suggestion.date) + " " + to_iso(suggestion.date) + ", " +
             markdown_escape(knowledge.catalogue.types[suggestion.massage].name) +
             "**: " + markdown_escape(knowledge.suggestions.picks[suggestion.pick].why) + "\n";
    }
    if (!any) {
      out += nothing_booked(schedule, week);
      out += '\n';
    }
  }
  return out;
}

ordered_json week_to_json(const Schedule& schedule, const Knowledge& knowledge) {
  const auto& rules = knowledge.rules.rules();
  const auto& catalogue = knowledge.catalogue;
  ordered_json out;
  out["schema"] = schema_id("week");
  out["start"] = to_iso(schedule.start);
  out["end"] = to_iso(schedule.end);
  out["weeks"] = schedule.weeks.size();
  ordered_json suggestions = ordered_json::array();
  for (const auto& suggestion : schedule.suggestions) {
    const MassageType& type = catalogue.types[suggestion.massage];
    const SuggestionPick& pick = knowledge.suggestions.picks[suggestion.pick];
    suggestions.push_back({{"date", to_iso(suggestion.date)},
                           {"id", type.id},
                           {"name", type.name},
                           {"pick", pick.id},
                           {"why", pick.why}});
  }
  out["suggestions"] = std::move(suggestions);
  ordered_json days = ordered_json::array();
  for (const auto& week : schedule.weeks) {
    for (const auto& day : week.days) {
      ordered_json item;
      item["date"] = to_iso(day.plan.date());
      item["weekday"] = weekday_long(day.plan.date());
      item["run"] = day.training == Training::run || day.training == Training::race;
      item["race"] = day.training == Training::race;
      item["training"] = day.training == Training::none
                             ? ordered_json(nullptr)
                             : ordered_json(std::string(training_name(day.training)));
      item["workouts"] = day.titles;
      if (day.workout) {
        item["workout"] = {
            {"date", to_iso(day.workout->date)},
            {"kind", std::string(kind_name(day.workout->kind))},
            {"km", day.workout->km ? ordered_json(*day.workout->km) : ordered_json(nullptr)},
            {"title", join_words(day.titles, "; ")}};
      } else {
        item["workout"] = nullptr;
      }
      const auto& decision = day.plan.decision;
      item["recommended"] = decision.recommended_rule
                                ? recommendation_to_json(*decision.recommended_rule, knowledge)
                                : ordered_json(nullptr);
      ordered_json avoid = ordered_json::array();
      for (const auto& avoidance : decision.avoid) {
        avoid.push_back(avoidance_to_json(avoidance, knowledge));
      }
      item["avoid"] = std::move(avoid);
      ordered_json fired = ordered_json::array();
      for (std::size_t index : day.plan.decision.fired) fired.push_back(rules[index].id);
      item["rules"] = std::move(fired);
      if (day.suggested) {
        const SuggestionPick& pick =
            knowledge.suggestions.picks[schedule.suggestions[*day.suggested].pick];
        item["suggested"] = {{"pick", pick.id}, {"why", pick.why}};
      } else {
        item["suggested"] = nullptr;
      }
      days.push_back(std::move(item));
    }
  }
  out["days"] = std::move(days);
  return out;
}

}  // namespace runmassage
