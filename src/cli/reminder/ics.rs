//! `reminder ics`: an iCalendar (RFC 5545) file of the reminders and the
//! scheduled sessions.

use anyhow::Result;
use chrono::{DateTime, Duration};

use crate::app::reminder;
use crate::app::{Ctx, User};
use crate::context::Context;
use crate::domain::text::ics_text;

pub async fn run(ctx: &mut Context, u: &User) -> Result<()> {
    let text = ics(ctx, u).await?;
    ctx.out.document(&text)
}

/// The iCalendar text: every active reminder and every scheduled session.
async fn ics(ctx: &mut Context, u: &User) -> Result<String> {
    use icalendar::{Calendar, CalendarDateTime, Component, EventLike};
    let (active, scheduled) = reminder::calendar(&mut Ctx::new(ctx, u)).await?;
    let mut cal = Calendar::new();
    cal.name("workout").timezone(u.tz().name());
    for r in &active {
        let Some(rec) = r.recurrence() else { continue };
        // The series starts at the first occurrence after it was made,
        // written with its nominal local time, as the RRULE repeats it.
        let Some(first) = rec.next_after(r.created_at.utc()) else {
            continue;
        };
        let first = first.with_timezone(&rec.tz).date_naive();
        let mut e = icalendar::Event::with_uid(&format!("{}@workout", r.id));
        e.timestamp(ctx.now)
            .summary(&ics_text(&r.title))
            .starts(CalendarDateTime::WithTimezone {
                date_time: first.and_time(rec.time),
                tzid: rec.tz.name().to_string(),
            })
            .add_property("RRULE", rec.rrule())
            .alarm(alarm(&r.title, &r.id, Duration::zero()));
        if let Some(m) = &r.message {
            e.description(&ics_text(m));
        }
        cal.push(e.done());
    }
    for s in &scheduled {
        let start = s.scheduled_at.utc();
        let minutes = s.duration_minutes.filter(|m| *m > 0).unwrap_or(60);
        let mut e = icalendar::Event::with_uid(&format!("{}@workout", s.id));
        e.timestamp(ctx.now)
            .summary(&ics_text(&s.name))
            .starts(CalendarDateTime::Utc(start))
            .ends(CalendarDateTime::Utc(
                start + Duration::minutes(i64::from(minutes)),
            ));
        for r in active.iter().filter(|r| reminder::covers(r, s)) {
            e.alarm(alarm(
                r.message.as_deref().unwrap_or(&r.title),
                &format!("{}-{}", r.id, s.id),
                Duration::minutes(i64::from(r.lead_minutes)),
            ));
        }
        cal.push(e.done());
    }
    Ok(cal.done().to_string())
}

/// A display alarm `lead` before the start. The crate writes a DTSTAMP and
/// a UID into every component; given here, they are stable from one export
/// to the next (RFC 9074 allows the UID; parsers ignore the DTSTAMP).
fn alarm(description: &str, uid: &str, lead: Duration) -> icalendar::Alarm {
    use icalendar::{Alarm, Component, Trigger};
    let mut a = Alarm::display(&ics_text(description), Trigger::before_start(lead));
    a.uid(&format!("{uid}-alarm@workout"))
        .timestamp(DateTime::UNIX_EPOCH);
    a.done()
}
