// Running programs the way the `python3` command does: sys.argv, sys.path,
// __main__, exit codes, SystemExit and the uncaught-exception report.
#pragma once
#include <string>
#include <vector>

namespace klass::cli {

struct Options {
  std::string script;       // a file to run
  std::string command;      // -c
  bool has_command = false;
  std::string module;       // -m
  bool read_stdin = false;  // `klass -`
  bool inspect = false;     // -i
  std::vector<std::string> argv;
};

// Runs what the options ask for and returns the process exit code.
int run(const Options& opts);

}  // namespace klass::cli
