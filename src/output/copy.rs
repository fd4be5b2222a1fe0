//! Bytes the database already shaped (a `COPY ... TO STDOUT`), written to
//! stdout or a file as they come, in one of the export formats. Memory
//! stays flat: only the writer's buffer is held. Counts the records it
//! passes on.

use std::io::{self, BufWriter, Write};

/// What the bytes coming in are, and how they go out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    /// csv records (a header first): written as they are.
    Csv,
    /// One JSON value per line, written as they are (ndjson).
    Lines,
    /// One JSON value per line, written as one JSON array: `[`, the values
    /// separated by `,` one a line, `]` (`[]` when there is none).
    JsonArray,
}

pub struct RawWriter<W: Write> {
    w: BufWriter<W>,
    kind: Stream,
    /// Records (csv: lines outside quotes; else lines) passed on so far.
    records: u64,
    /// csv: inside a quoted field.
    quoted: bool,
    /// JsonArray: the next byte starts a value.
    at_start: bool,
}

impl<W: Write> RawWriter<W> {
    pub fn new(w: W, kind: Stream) -> Self {
        Self {
            w: BufWriter::with_capacity(1 << 16, w),
            kind,
            records: 0,
            quoted: false,
            at_start: true,
        }
    }

    /// Records written so far (a csv header counts as one).
    pub fn records(&self) -> u64 {
        self.records
    }

    /// Writes the next bytes of the stream (chunks may split records anywhere).
    pub fn write(&mut self, mut b: &[u8]) -> io::Result<()> {
        match self.kind {
            Stream::Csv => {
                // A line end inside quotes is data; `""` toggles twice.
                let mut rest = b;
                while let Some(i) = memchr::memchr2(b'"', b'\n', rest) {
                    if rest[i] == b'"' {
                        self.quoted = !self.quoted;
                    } else if !self.quoted {
                        self.records += 1;
                    }
                    rest = &rest[i + 1..];
                }
                self.w.write_all(b)
            }
            Stream::Lines => {
                self.records += memchr::memchr_iter(b'\n', b).count() as u64;
                self.w.write_all(b)
            }
            Stream::JsonArray => {
                // JSON values carry no raw line end (it is escaped in strings).
                while !b.is_empty() {
                    if self.at_start {
                        self.w.write_all(super::json_array_before(self.records))?;
                        self.at_start = false;
                    }
                    match memchr::memchr(b'\n', b) {
                        Some(i) => {
                            self.w.write_all(&b[..i])?;
                            self.records += 1;
                            self.at_start = true;
                            b = &b[i + 1..];
                        }
                        None => {
                            self.w.write_all(b)?;
                            break;
                        }
                    }
                }
                Ok(())
            }
        }
    }

    /// Ends the stream (closes a JSON array) and flushes it.
    pub fn finish(mut self) -> io::Result<W> {
        if self.kind == Stream::JsonArray {
            self.w.write_all(super::json_array_end(self.records))?;
        }
        self.w.into_inner().map_err(|e| e.into_error())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(kind: Stream, chunks: &[&[u8]]) -> (String, u64) {
        let mut w = RawWriter::new(Vec::new(), kind);
        for c in chunks {
            w.write(c).unwrap();
        }
        let n = w.records();
        (String::from_utf8(w.finish().unwrap()).unwrap(), n)
    }

    #[test]
    fn json_array_from_lines_split_anywhere() {
        assert_eq!(run(Stream::JsonArray, &[]), ("[]\n".into(), 0));
        assert_eq!(
            run(Stream::JsonArray, &[b"{\"a\":1}\n{\"a\"", b":2}", b"\n"]),
            ("[\n{\"a\":1},\n{\"a\":2}\n]\n".into(), 2)
        );
    }

    #[test]
    fn csv_counts_records_not_quoted_line_ends() {
        let (s, n) = run(Stream::Csv, &[b"a,b\n1,\"x\n", b"\"\"y\"\n2,z\n"]);
        assert_eq!(s, "a,b\n1,\"x\n\"\"y\"\n2,z\n");
        assert_eq!(n, 3);
        assert_eq!(run(Stream::Lines, &[b"{}\n{}\n"]).1, 2);
    }
}
