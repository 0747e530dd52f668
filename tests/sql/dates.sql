-- dates() and date_parse() through the sqlite3 shell with the loadable extension.
.mode list
SELECT text, start, "end", value, granularity, kind, first_day, last_day, ambiguous, mod
  FROM dates('The ceasefire, agreed on Friday, 31 October 2025, held through the weekend; talks resume next Tuesday and a vote follows in early 2026.', '2025-11-05');
SELECT text, value FROM dates('Filed 2025-11-05T09:30:00Z; revised 06/11/2025 and 13/11/2025.', NULL, 'order=dmy');
SELECT text, value FROM dates('Am 5. November 2025 und vor zwei Wochen; hier.', '2025-11-05');
SELECT text, value FROM dates('February 29, 2025 and 13/13/2025 are not dates; February 29, 2024 is.');
SELECT text, value FROM dates('USA Today reported that in today''s world the March for Life is set to resume Tuesday, as it did last week.', '2025-11-05');
SELECT count(*) FROM dates(NULL);
SELECT value FROM dates('yesterday');
SELECT date_parse('Friday, 06 February 2026'), date_parse('Thu, 06 Nov 2025 08:00:00 GMT'), date_parse('last month', '2026-01-15'), date_parse('no date here');
SELECT * FROM dates('today', 'soon');
SELECT * FROM dates('today', '2025-11-05', 'order=dym');
SELECT * FROM dates(20251105);
SELECT date_parse('today', 42);
