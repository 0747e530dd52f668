-- tokens() through the sqlite3 shell with the loadable extension.
SELECT news_version() LIKE 'sqlite-news %';
SELECT token, folded, kind, position, start, "end" FROM tokens('Iraq’s PM said the U.S.-led coalition ... 2,500 troops');
SELECT token, kind FROM tokens('Mohammed Shia’ al-Sudani, e.g. at 3:30 p.m. — see https://example.org/x.');
SELECT count(*) FROM tokens(NULL);
SELECT count(*) FROM tokens('');
SELECT * FROM tokens(7);
SELECT * FROM tokens();
