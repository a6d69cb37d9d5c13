'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

export interface NavItem {
  href: string;
  label: string;
}

export function NavLinks({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  // The longest matching link is the current one, so /outcomes/safety marks Safety and not Outcomes as well.
  const matches = items.filter((item) => pathname === item.href || pathname.startsWith(`${item.href}/`));
  const currentHref = matches.sort((a, b) => b.href.length - a.href.length)[0]?.href;
  return (
    <nav className="nav" aria-label="Main">
      {items.map((item) => {
        const current = item.href === currentHref;
        return (
          <Link key={item.href} href={item.href} aria-current={current ? 'page' : undefined}>
            {item.label}
          </Link>
        );
      })}
    </nav>
  );
}
