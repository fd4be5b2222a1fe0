//! The order of a session's exercises in the interactive flow: exercises
//! sharing a superset group are done set by set in turn (A1, B1, A2, B2...),
//! the others one after another. Pure: the flow asks, this decides who is
//! next.

/// The exercises of a session grouped for the flow, in plan order: each
/// block is the indices (into the planned list) of one exercise alone, or
/// of the members of one superset group, placed where its first member is.
pub fn blocks(groups: &[Option<i32>]) -> Vec<Vec<usize>> {
    let mut out: Vec<(Option<i32>, Vec<usize>)> = Vec::new();
    for (i, g) in groups.iter().enumerate() {
        match g.and_then(|g| out.iter_mut().find(|(h, _)| *h == Some(g))) {
            Some((_, members)) => members.push(i),
            None => out.push((*g, vec![i])),
        }
    }
    out.into_iter().map(|(_, m)| m).collect()
}

/// Where one member of a superset stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Member {
    /// Working sets done (warm-ups do not count).
    pub done: usize,
    /// The planned number of sets.
    pub target: usize,
    /// Ended with `d` (or Enter with nothing to log).
    pub ended: bool,
}

impl Member {
    fn open(&self) -> bool {
        !self.ended && self.done < self.target
    }
}

/// The member whose set comes next: the open one with the fewest sets
/// done, the first in order on a tie; `None` when every member has its
/// sets or was ended. A member with fewer target sets so drops out, an
/// ended one leaves the others going on alone, and a resume continues at
/// the right exercise and set, since the turn depends only on the counts.
pub fn next_turn(members: &[Member]) -> Option<usize> {
    members
        .iter()
        .enumerate()
        .filter(|(_, m)| m.open())
        .min_by_key(|(i, m)| (m.done, *i))
        .map(|(i, _)| i)
}

/// Whether to rest after a set of member `just_done`, or after it was
/// ended: not between the members of a round, only once the round is over
/// (the next set is of the same member or of one before it), and not after
/// the group's last set.
pub fn rest_after(members: &[Member], just_done: usize) -> bool {
    next_turn(members).is_some_and(|n| n <= just_done)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(done: usize, target: usize) -> Member {
        Member {
            done,
            target,
            ended: false,
        }
    }

    /// Runs the group to its end, returning (member, set number, rest
    /// after); an ending is set number 0.
    fn run(
        mut ms: Vec<Member>,
        mut end: impl FnMut(usize, usize) -> bool,
    ) -> Vec<(usize, usize, bool)> {
        let mut seen = Vec::new();
        while let Some(i) = next_turn(&ms) {
            if end(i, ms[i].done + 1) {
                ms[i].ended = true;
                seen.push((i, 0, rest_after(&ms, i)));
                continue;
            }
            ms[i].done += 1;
            seen.push((i, ms[i].done, rest_after(&ms, i)));
        }
        seen
    }

    #[test]
    fn blocks_group_members_where_the_first_is() {
        assert_eq!(
            blocks(&[None, Some(1), None, Some(1), Some(2), Some(2)]),
            vec![vec![0], vec![1, 3], vec![2], vec![4, 5]]
        );
        assert_eq!(blocks(&[None, None]), vec![vec![0], vec![1]]);
        assert!(blocks(&[]).is_empty());
    }

    #[test]
    fn members_alternate_set_by_set_resting_after_each_round() {
        assert_eq!(
            run(vec![m(0, 3), m(0, 3)], |_, _| false),
            vec![
                (0, 1, false),
                (1, 1, true),
                (0, 2, false),
                (1, 2, true),
                (0, 3, false),
                (1, 3, false)
            ]
        );
    }

    #[test]
    fn fewer_target_sets_drop_out() {
        assert_eq!(
            run(vec![m(0, 3), m(0, 1), m(0, 2)], |_, _| false),
            vec![
                (0, 1, false),
                (1, 1, false),
                (2, 1, true),
                (0, 2, false),
                (2, 2, true),
                (0, 3, false)
            ]
        );
    }

    #[test]
    fn an_ended_member_leaves_the_other_going_on_alone() {
        // `d` on B at its second set ends the round (the rest comes then):
        // A goes on alone, resting after each set.
        assert_eq!(
            run(vec![m(0, 3), m(0, 3)], |i, n| i == 1 && n == 2),
            vec![
                (0, 1, false),
                (1, 1, true),
                (0, 2, false),
                (1, 0, true),
                (0, 3, false)
            ]
        );
        // `d` on A at its second set: B goes on alone.
        assert_eq!(
            run(vec![m(0, 3), m(0, 3)], |i, n| i == 0 && n == 2),
            vec![
                (0, 1, false),
                (1, 1, true),
                (0, 0, false),
                (1, 2, true),
                (1, 3, false)
            ]
        );
    }

    #[test]
    fn a_resume_continues_at_the_right_member_and_set() {
        // A2 was saved before the Ctrl-C: B2 is next, then A3.
        let ms = vec![m(2, 3), m(1, 3)];
        assert_eq!(next_turn(&ms), Some(1));
        assert_eq!(
            run(ms, |_, _| false),
            vec![(1, 2, true), (0, 3, false), (1, 3, false)]
        );
        // Every set done, or every member ended: nothing is next.
        assert_eq!(next_turn(&[m(3, 3), m(2, 2)]), None);
        let ended = Member {
            ended: true,
            ..m(0, 3)
        };
        assert_eq!(next_turn(&[ended, ended]), None);
    }
}
