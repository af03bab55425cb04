import { categoryLabel } from '@/components/labels';
import { CATEGORIES, type Category } from '@/utils/analysis/types';
import type { ControlProps } from './Setting';

/** One checkbox per category; the list keeps the panel's order. */
export function CategoryChoice({ control, value, onChange }: { control: ControlProps; value: Category[]; onChange(next: Category[]): void }) {
  return (
    <div class="choices" id={control.id}>
      {CATEGORIES.map((category) => (
        <label class="choice">
          <input
            type="checkbox"
            name={`${control.id}-${category}`}
            value={category}
            checked={value.includes(category)}
            disabled={control.disabled}
            onChange={(e) => onChange(CATEGORIES.filter((c) => (c === category ? e.currentTarget.checked : value.includes(c))))}
          />{' '}
          {categoryLabel(category)}
        </label>
      ))}
    </div>
  );
}
