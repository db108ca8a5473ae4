/* An SQLite write transaction across dump and restore; argv[1] is the database file.
 * Creates table t, then BEGIN IMMEDIATE and INSERT 42 (not committed: the database's
 * RESERVED lock, a POSIX lock, keeps every other writer out). Prints "ready PID"; on
 * SIGTERM commits, checks the row is there, PASS or FAIL with the reason. */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sqlite3.h>
#include "testprog.h"

static int exec(sqlite3 *db, const char *sql)
{
	char *err = NULL;
	if (sqlite3_exec(db, sql, NULL, NULL, &err) != SQLITE_OK) {
		printf("FAIL: %s: %s\n", sql, err ? err : "?");
		fflush(stdout);
		return 1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	if (argc < 2) return 2;
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_term;
	sigaction(SIGTERM, &sa, NULL);
	sqlite3 *db;
	if (sqlite3_open(argv[1], &db) != SQLITE_OK) FAIL("open %s", argv[1]);
	if (exec(db, "CREATE TABLE IF NOT EXISTS t(v INTEGER)") || exec(db, "BEGIN IMMEDIATE") || exec(db, "INSERT INTO t VALUES(42)")) return 1;
	printf("ready %d\n", getpid());
	fflush(stdout);
	while (!term)
		pause();
	if (exec(db, "COMMIT")) return 1;
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db, "SELECT count(*) FROM t WHERE v = 42", -1, &st, NULL) != SQLITE_OK || sqlite3_step(st) != SQLITE_ROW) FAIL("select: %s", sqlite3_errmsg(db));
	if (sqlite3_column_int(st, 0) != 1) FAIL("%d rows of 42 after commit", sqlite3_column_int(st, 0));
	sqlite3_finalize(st);
	sqlite3_close(db);
	printf("PASS\n");
	return 0;
}
