// The `klass` command: run a script, a -c string or a -m module, or start
// the interactive prompt.
//
//   klass [-i] [-c cmd | -m module | file | -] [args...]
#include <climits>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "cli/repl.h"
#include "cli/runner.h"

namespace {

void usage() {
  std::fprintf(stderr,
               "usage: klass [-i] [-c cmd | -m mod | file | -] [arg] ...\n"
               "  -c cmd : program passed in as string\n"
               "  -m mod : run library module as a script\n"
               "  -i     : inspect interactively after running the script\n"
               "  -V     : print the version and exit\n");
}

}  // namespace

int main(int argc, char** argv) {
  klass::cli::Options opts;
  int i = 1;
  for (; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "-c" || a == "-m") {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "Argument expected for the %s option\n", a.c_str());
        usage();
        return 2;
      }
      if (a == "-c") {
        opts.command = argv[i + 1];
        opts.has_command = true;
        opts.argv.push_back("-c");
      } else {
        opts.module = argv[i + 1];
        opts.argv.push_back(argv[i + 1]);
      }
      i += 2;
      break;
    }
    if (a == "-i") {
      opts.inspect = true;
      continue;
    }
    if (a == "-V" || a == "--version") {
      std::printf("Python 3.11.7 (klass)\n");
      return 0;
    }
    if (a == "-h" || a == "--help") {
      usage();
      return 0;
    }
    if (a == "-u" || a == "-B" || a == "-E" || a == "-s" || a == "-S" || a == "-q") continue;  // accepted, no effect
    if (a == "-") {
      opts.argv.push_back("-");
      opts.read_stdin = true;
      ++i;
      break;
    }
    if (a.size() > 1 && a[0] == '-') {
      std::fprintf(stderr, "Unknown option: %s\n", a.c_str());
      usage();
      return 2;
    }
    opts.script = a;
    opts.argv.push_back(a);
    ++i;
    break;
  }
  for (; i < argc; ++i) opts.argv.push_back(argv[i]);
  return klass::cli::run(opts);
}
