-- Deliberately drops nothing. The legacy tables belong to the old app, which
-- may still be running on them, and they may hold years of real data; taking
-- `workout` back below v1 only makes it forget that it adopted them. Running
-- `workout migrate up` again adopts them anew.
SELECT 1;
