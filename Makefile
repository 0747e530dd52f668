# sqlite-news - build, test, benchmark and evaluate.
#
#   make            build/news.so (loadable), build/libnews.a (static), tests
#   make demo       run examples/demo.sql in the sqlite3 shell
#   make test       unit tests (cmocka), SQL tests, embedding example
#   make asan       the same tests under AddressSanitizer + UBSan
#   make valgrind   the cmocka tests under valgrind memcheck
#   make bench      benchmarks (ratios against baselines in the same run)
#   make eval       accuracy on the corpora in $(CORPUS)
#   make fuzz       libFuzzer targets for the parsers (needs clang)
#   make install    PREFIX=/usr/local DESTDIR=
#
# Missing Debian packages are installed by apt-get when run as root; as any
# other user the exact "sudo apt-get install" line is printed instead.

BUILD   ?= build
CORPUS  ?= ../shared/corpus
PREFIX  ?= /usr/local
DESTDIR ?=
CC      ?= cc
OPT     ?= -O2 -g
SAN     ?=
CFLAGS  ?=
LDFLAGS ?=

WARN     = -std=c11 -Wall -Wextra -Werror -Wno-unused-parameter
ALL_CFLAGS = $(OPT) $(SAN) $(WARN) -D_DEFAULT_SOURCE -Iext $(CFLAGS)
DEP_LIBS = -lstemmer -lutf8proc -lm
TEST_LIBS = -lcmocka -lsqlite3 -lz

DEB_PACKAGES = sqlite3 libsqlite3-dev libstemmer-dev libutf8proc-dev \
               libcmocka-dev zlib1g-dev

EXT_SRC  = $(wildcard ext/*.c)
EXT_HDR  = $(wildcard ext/*.h)
SO_OBJ   = $(EXT_SRC:ext/%.c=$(BUILD)/obj/so/%.o)
CORE_OBJ = $(EXT_SRC:ext/%.c=$(BUILD)/obj/core/%.o)

# Test programs: tests/unit_*.c (C core) and tests/sql_*.c (SQL through an
# in-process connection) are cmocka programs; bench_*.c and eval_*.c take
# the corpus folder.  All link libnews.a and tests/support.c.
UNIT_SRC  = $(wildcard tests/unit_*.c tests/sql_*.c)
BENCH_SRC = $(wildcard tests/bench_*.c)
EVAL_SRC  = $(wildcard tests/eval_*.c)
UNIT_BIN  = $(UNIT_SRC:tests/%.c=$(BUILD)/tests/%)
BENCH_BIN = $(BENCH_SRC:tests/%.c=$(BUILD)/tests/%)
EVAL_BIN  = $(EVAL_SRC:tests/%.c=$(BUILD)/tests/%)
SUPPORT   = $(BUILD)/obj/tests/support.o

.PHONY: all deps demo test check asan valgrind bench eval fuzz install clean

all: $(BUILD)/news.so $(BUILD)/libnews.a $(UNIT_BIN) $(BUILD)/examples/embed

deps:
	@.ci/deps $(DEB_PACKAGES)

$(BUILD)/obj/so/%.o: ext/%.c $(EXT_HDR)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -fPIC -fvisibility=hidden -c $< -o $@

$(BUILD)/obj/core/%.o: ext/%.c $(EXT_HDR)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -DSQLITE_CORE -c $< -o $@

$(BUILD)/news.so: $(SO_OBJ)
	$(CC) $(OPT) $(SAN) -shared -o $@ $(SO_OBJ) $(LDFLAGS) $(DEP_LIBS)

$(BUILD)/libnews.a: $(CORE_OBJ)
	@rm -f $@
	ar rcs $@ $(CORE_OBJ)

$(SUPPORT): tests/support.c tests/support.h $(EXT_HDR)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -DSQLITE_CORE -c $< -o $@

$(BUILD)/tests/%: tests/%.c $(SUPPORT) $(BUILD)/libnews.a $(wildcard tests/*.h)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -DSQLITE_CORE -Itests $< $(SUPPORT) $(BUILD)/libnews.a \
	  -o $@ $(LDFLAGS) $(DEP_LIBS) $(TEST_LIBS)

$(BUILD)/examples/embed: examples/embed.c $(BUILD)/libnews.a ext/news.h
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $< $(BUILD)/libnews.a -o $@ $(LDFLAGS) $(DEP_LIBS) -lsqlite3

demo: deps $(BUILD)/news.so
	sqlite3 -bail -cmd ".load $(BUILD)/news" :memory: < examples/demo.sql

# Every test runs even when an earlier one fails; the exit status is the
# number of failed programs.
test: deps all
	@BUILD=$(BUILD) tests/run_tests $(UNIT_BIN)
check: test

asan:
	@$(MAKE) --no-print-directory BUILD=build-asan OPT="-O1 -g" \
	  SAN="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer" test

valgrind: deps all
	@BUILD=$(BUILD) VALGRIND="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect" \
	  tests/run_tests $(UNIT_BIN)

bench: deps $(BENCH_BIN) $(BUILD)/news.so
	@mkdir -p tests/results
	@for b in $(BENCH_BIN); do $$b --corpus $(CORPUS) || exit 1; done 2>&1 | tee tests/results/bench.txt

eval: deps $(EVAL_BIN) $(BUILD)/news.so
	@mkdir -p tests/results
	@for e in $(EVAL_BIN); do $$e --corpus $(CORPUS) || exit 1; done 2>&1 | tee tests/results/eval.txt
	@BUILD=$(BUILD) CORPUS=$(CORPUS) tests/acceptance 2>&1 | tee -a tests/results/eval.txt

fuzz:
	@$(MAKE) --no-print-directory BUILD=build-fuzz CC=clang OPT="-O1 -g" \
	  SAN="-fsanitize=fuzzer-no-link,address,undefined" build-fuzz/libnews.a
	@BUILD=build-fuzz tests/run_fuzz

install: $(BUILD)/news.so $(BUILD)/libnews.a
	install -d $(DESTDIR)$(PREFIX)/lib/sqlite-news $(DESTDIR)$(PREFIX)/include \
	  $(DESTDIR)$(PREFIX)/lib/pkgconfig
	install -m 644 $(BUILD)/news.so $(DESTDIR)$(PREFIX)/lib/sqlite-news/news.so
	install -m 644 $(BUILD)/libnews.a $(DESTDIR)$(PREFIX)/lib/libnews.a
	install -m 644 ext/news.h $(DESTDIR)$(PREFIX)/include/news.h
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@VERSION@|'`sed -n 's/^#define SQLITE_NEWS_VERSION "\(.*\)"/\1/p' ext/news.h`'|' \
	  ext/sqlite-news.pc.in > $(DESTDIR)$(PREFIX)/lib/pkgconfig/sqlite-news.pc

clean:
	rm -rf build build-asan build-fuzz
