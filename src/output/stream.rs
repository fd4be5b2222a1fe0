//! Records written one at a time, as they happen (a dispatcher's
//! deliveries): a line each for people, one JSON object per line in NDJSON,
//! one JSON array in JSON (`[`, an object per line separated by `,`, `]`
//! written by [`Stream::finish`], the rule of docs/output.md, as the export's
//! `output::copy` writes it), CSV rows under one header. Each record is
//! flushed at once, so a pipe sees it when it happens.

use std::io::{self, Write};

use anyhow::Result;

use super::{Format, Record};
use crate::domain::text::neutralise;

/// A stream of records of one type on stdout.
pub struct Stream {
    format: Format,
    header_done: bool,
    written: u64,
}

impl Stream {
    pub fn new(format: Format) -> Self {
        Self {
            format,
            header_done: false,
            written: 0,
        }
    }

    /// Ends the stream: closes the JSON array (`[]` when nothing was
    /// written); nothing to do in the other formats.
    pub fn finish(&mut self) -> Result<()> {
        let mut out = io::stdout().lock();
        self.finish_to(&mut out)?;
        out.flush()?;
        Ok(())
    }

    fn finish_to(&mut self, out: &mut impl Write) -> Result<()> {
        if self.format == Format::Json {
            out.write_all(super::json_array_end(self.written))?;
        }
        Ok(())
    }

    /// Writes `row`: `line()` for people (control characters shown
    /// escaped), the record itself in the machine formats.
    pub fn write<T: Record>(&mut self, row: &T, line: impl FnOnce() -> String) -> Result<()> {
        let mut out = io::stdout().lock();
        self.write_to(&mut out, row, line)?;
        out.flush()?;
        Ok(())
    }

    fn write_to<T: Record>(
        &mut self,
        out: &mut impl Write,
        row: &T,
        line: impl FnOnce() -> String,
    ) -> Result<()> {
        match self.format {
            Format::Table => writeln!(out, "{}", neutralise(&line()))?,
            Format::Json => {
                out.write_all(super::json_array_before(self.written))?;
                serde_json::to_writer(&mut *out, row)?;
            }
            Format::Ndjson => {
                serde_json::to_writer(&mut *out, row)?;
                writeln!(out)?;
            }
            Format::Csv => {
                let mut w = csv::WriterBuilder::new()
                    .has_headers(!self.header_done)
                    .from_writer(&mut *out);
                w.serialize(row)?;
                w.flush()?;
                self.header_done = true;
            }
        }
        self.written += 1;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use serde::Serialize;

    use super::*;

    #[derive(Serialize, serde::Deserialize)]
    struct Row {
        a: &'static str,
        b: u32,
    }

    crate::record!(Row);

    fn written(format: Format) -> String {
        let mut s = Stream::new(format);
        let mut out = Vec::new();
        for (a, b) in [("x,y", 1), ("z\u{1b}", 2)] {
            s.write_to(&mut out, &Row { a, b }, || format!("{a} {b}"))
                .unwrap();
        }
        s.finish_to(&mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn one_line_per_record_in_each_format() {
        assert_eq!(
            written(Format::Ndjson),
            "{\"a\":\"x,y\",\"b\":1}\n{\"a\":\"z\\u001b\",\"b\":2}\n"
        );
        assert_eq!(
            written(Format::Json),
            "[\n{\"a\":\"x,y\",\"b\":1},\n{\"a\":\"z\\u001b\",\"b\":2}\n]\n"
        );
        let mut empty = Stream::new(Format::Json);
        let mut out = Vec::new();
        empty.finish_to(&mut out).unwrap();
        assert_eq!(out, b"[]\n");
        assert_eq!(written(Format::Csv), "a,b\n\"x,y\",1\nz\u{1b},2\n");
        let table = written(Format::Table);
        assert_eq!(table.lines().count(), 2);
        assert!(!table.contains('\u{1b}'), "control characters escaped");
    }
}
