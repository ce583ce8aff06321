// RFC 4180 CSV through libcsv in strict mode, fed line by line so errors can name a line.
#include "runmassage/csv.hpp"

#include <csv.h>

#include "runmassage/error.hpp"

namespace runmassage {
namespace {

struct Builder {
  CsvTable table;
  std::vector<std::string> fields;
  bool have_header = false;
  std::size_t line = 1;       // the line being fed
  std::size_t row_start = 1;  // the line the record being read starts on
  bool between_rows = true;
  std::size_t max_rows = 0;
  bool too_many = false;
};

void on_field(void* text, std::size_t size, void* data) {
  auto* builder = static_cast<Builder*>(data);
  builder->fields.emplace_back(static_cast<const char*>(text), size);
}

void on_record(int /*terminator*/, void* data) {
  auto* builder = static_cast<Builder*>(data);
  if (!builder->have_header) {
    builder->table.header = std::move(builder->fields);
    builder->have_header = true;
  } else if (builder->table.rows.size() >= builder->max_rows) {
    builder->too_many = true;
  } else {
    builder->table.rows.push_back(CsvRow{std::move(builder->fields), builder->row_start});
  }
  builder->fields.clear();
  builder->between_rows = true;
}

// RFC 4180 keeps spaces as part of a field; libcsv would trim them by default.
int no_space(unsigned char) { return 0; }

// Frees the parser however the function is left.
struct Parser {
  csv_parser raw{};
  Parser() {
    if (csv_init(&raw, CSV_STRICT | CSV_STRICT_FINI) != 0) throw DataError("csv: out of memory");
    csv_set_space_func(&raw, no_space);
  }
  ~Parser() { csv_free(&raw); }
  Parser(const Parser&) = delete;
  Parser& operator=(const Parser&) = delete;
};

}  // namespace

CsvTable parse_csv(std::string_view text, const std::string& file, std::size_t max_rows) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  Parser parser;
  Builder builder;
  builder.max_rows = max_rows;
  auto fail = [&](const std::string& why) {
    throw DataError(file + ": line " + std::to_string(builder.line) + ": " + why);
  };
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    end = end == std::string_view::npos ? text.size() : end + 1;
    std::size_t size = end - pos;
    std::string_view chunk = text.substr(pos, size);
    if (builder.between_rows && chunk.find_first_not_of("\r\n") != std::string_view::npos) {
      builder.row_start = builder.line;  // libcsv skips blank lines between records
      builder.between_rows = false;
    }
    if (csv_parse(&parser.raw, text.data() + pos, size, on_field, on_record, &builder) != size) {
      fail(csv_error(&parser.raw) == CSV_EPARSE ? "a quote inside an unquoted field, or text "
                                                  "after a closing quote"
                                                : "out of memory");
    }
    if (builder.too_many) fail("more than " + std::to_string(max_rows) + " rows");
    pos = end;
    if (text[pos - 1] == '\n') ++builder.line;
  }
  if (csv_fini(&parser.raw, on_field, on_record, &builder) != 0) {
    builder.line = builder.row_start;
    fail("a quoted field is not closed by the end of the file");
  }
  if (builder.too_many) fail("more than " + std::to_string(max_rows) + " rows");
  if (!builder.have_header) throw DataError(file + ": no header row");
  return std::move(builder.table);
}

}  // namespace runmassage
