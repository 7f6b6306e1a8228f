/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Built with an empty and a relative RUNPATH entry on purpose, so the
   check_rpath test shows it can fail (check_rpath_catches_the_canary). */
int main(void)
{
    return 0;
}
