/** framer-motion's layout features, loaded after the first paint (see LazyMotion in App). */
import { domMax } from 'framer-motion';

export default domMax;
