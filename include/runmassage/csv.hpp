// Reading RFC 4180 CSV (through libcsv) into a header and rows of text.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace runmassage {

/// One CSV record and the line of the file it starts on (1-based).
struct CsvRow {
  std::vector<std::string> fields;  ///< the fields, unquoted
  std::size_t line = 0;             ///< line of the file where the record starts
};

/// A CSV file: the first record as the header, then the others.
struct CsvTable {
  std::vector<std::string> header;  ///< column names, duplicates kept in order
  std::vector<CsvRow> rows;         ///< the records after the header

  /// Index of the `occurrence`-th column (0 = first) named `name`; nullopt if there is none.
  [[nodiscard]] std::optional<std::size_t> column(std::string_view name,
                                                  std::size_t occurrence = 0) const {
    for (std::size_t i = 0; i < header.size(); ++i) {
      if (header[i] == name) {
        if (occurrence == 0) return i;
        --occurrence;
      }
    }
    return std::nullopt;
  }
};

/// Parses RFC 4180 text: commas, double-quoted fields with doubled quotes, CRLF or LF line
/// ends, line breaks inside quotes, a leading UTF-8 byte-order mark, blank lines ignored.
/// Throws DataError "FILE: line N: …" for bad quoting, no header, or more than `max_rows`.
CsvTable parse_csv(std::string_view text, const std::string& file, std::size_t max_rows);

}  // namespace runmassage
